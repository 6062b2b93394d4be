// The audit-log search language as data: what the parser returns and the compiler reads.

export type TimeUnit = "m" | "h" | "d" | "w";

export type TimeValue =
  | { kind: "now" }
  | { kind: "relative"; amount: number; unit: TimeUnit }
  /** `text` is what the user typed; `iso` is the same instant in UTC, to the microsecond. */
  | { kind: "absolute"; text: string; iso: string };

export type TextTerm = { field: "text"; negated: boolean; value: string };
export type TenantTerm = { field: "tenant"; negated: boolean; value: string; by: "id" | "slug" };
export type UserTerm = { field: "user"; negated: boolean; value: string; by: "id" | "email" };
/** `prefix` means the value ended in `*`, which `name` no longer holds. */
export type ActionTerm = { field: "action"; negated: boolean; name: string; prefix: boolean };
export type ResourceTerm = { field: "resource"; negated: boolean; type: string; id: string | null };
export type IpTerm = { field: "ip"; negated: boolean; value: string; cidr: boolean };
export type DetailsTerm = { field: "details"; negated: boolean; path: string[]; value: string };
export type TimeTerm = { field: "after" | "before"; negated: boolean; time: TimeValue };

export type Term = TextTerm | TenantTerm | UserTerm | ActionTerm | ResourceTerm | IpTerm | DetailsTerm | TimeTerm;

export type AuditQuery = { terms: Term[] };

/** `position` is a 0-based offset into the query text (UTF-16 units); messages count from 1. */
export type QuerySyntaxError = { message: string; position: number; length: number };

export type ParseResult = { ok: true; query: AuditQuery } | { ok: false; error: QuerySyntaxError };

export const SIMPLE_FIELDS = ["tenant", "user", "action", "resource", "ip", "after", "before"] as const;
export type SimpleField = (typeof SIMPLE_FIELDS)[number];

/** A field that the controls beside the search box may set or clear. */
export type EditableField = SimpleField | `details.${string}`;

export const MAX_QUERY_LENGTH = 2000;
