import { detailsContainmentCandidates } from "./details-containment";
import { escapeLike } from "../../data-table/escape-like";
import { resolveTimeValue } from "./parse-time";
import type { Term } from "./query-types";

/** Adds a value to the parameter list and returns its placeholder; values never enter the SQL. */
export type BindParam = (value: unknown) => string;

export type CompileContext = {
  now: Date;
  /** Tenant slugs already looked up: the id, or null for a slug no tenant has. */
  tenantIds?: ReadonlyMap<string, string | null>;
};

// Every column below is a fixed identifier of audit_logs; the fragments are meant for
// `FROM audit_logs WHERE …`. Subqueries alias their own tables so no name is ambiguous.
const TEXT_COLUMNS = ["action", "resource_type", "resource_id", "actor_email", "details::text"];

/** The condition a term asks for, before any exclusion; NULL where a column is NULL. */
export function compileTermCondition(term: Term, bind: BindParam, context: CompileContext): string {
  switch (term.field) {
    case "text": {
      const pattern = bind(`%${escapeLike(term.value)}%`);
      return `(${TEXT_COLUMNS.map((column) => `${column} ILIKE ${pattern}`).join(" OR ")})`;
    }
    case "tenant": {
      if (term.by === "id") return `tenant_id = ${bind(term.value)}::uuid`;
      // A slug resolved before planning lets the planner see which tenant, and so how big it is:
      // a walk through the busiest tenant's index and a bitmap over a small one are both right.
      const resolved = context.tenantIds?.get(term.value);
      if (resolved === null) return "FALSE";
      if (resolved !== undefined) return `tenant_id = ${bind(resolved)}::uuid`;
      // A scalar subquery is planned once, so the (tenant_id, created_at, id) index still applies.
      return `tenant_id = (SELECT t.id FROM tenants t WHERE t.slug = ${bind(term.value)})`;
    }
    case "user": {
      if (term.by === "id") return `actor_id = ${bind(term.value)}`;
      // The address as typed or lower-cased, through the (actor_email, created_at, id) index; and
      // any user or staff member with that address in any case, by id, which also finds rows
      // written without actor_email. = ANY(ARRAY(…)) rather than IN (…) lets the planner use the
      // actor_id index for that half. (An SP-GiST probe of every spelling was tried: with the many
      // repeated addresses of an audit trail it made inserts 40 times slower; decision 009.)
      const email = bind(term.value);
      return `(actor_email = ANY(ARRAY[${email}::text, lower(${email}::text)]) OR actor_id = ANY(ARRAY(SELECT u.id::text FROM users u WHERE lower(u.email) = lower(${email}::text) UNION ALL SELECT s.id::text FROM console_staff s WHERE lower(s.email) = lower(${email}::text))))`;
    }
    case "action":
      return term.prefix ? `action LIKE ${bind(`${escapeLike(term.name)}%`)}` : `action = ${bind(term.name)}`;
    case "resource":
      return term.id === null
        ? `resource_type = ${bind(term.type)}`
        : `(resource_type = ${bind(term.type)} AND resource_id = ${bind(term.id)})`;
    case "ip":
      // network() accepts host bits after the mask (10.1.2.3/8), where a ::cidr cast would fail.
      return term.cidr ? `ip_address <<= network(${bind(term.value)}::inet)` : `ip_address = ${bind(term.value)}::inet`;
    case "details": {
      // #>> gives a JSON scalar's text: strings unquoted, numbers and booleans as written. The
      // containments before it let a jsonb_path_ops GIN index find the candidates.
      const exact = `details #>> ${bind(term.path)}::text[] = ${bind(term.value)}`;
      const documents = detailsContainmentCandidates(term.path, term.value);
      if (!documents) return exact;
      const contains = documents.map((document) => `details @> ${bind(document)}::jsonb`);
      return `(${contains.length === 1 ? contains[0] : `(${contains.join(" OR ")})`} AND ${exact})`;
    }
    case "after":
      return `created_at >= ${bind(resolveTimeValue(term.time, context.now))}::timestamptz`;
    case "before":
      return `created_at < ${bind(resolveTimeValue(term.time, context.now))}::timestamptz`;
  }
}

/** An excluded term keeps rows where the condition is NULL (say, no IP recorded). */
export function compileTerm(term: Term, bind: BindParam, context: CompileContext): string {
  const condition = compileTermCondition(term, bind, context);
  return term.negated ? `(${condition}) IS NOT TRUE` : condition;
}
