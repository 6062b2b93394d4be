import { escapeLike } from "./escape-like";
import { resolveTimeValue } from "./parse-time";
import type { Term } from "./query-types";

/** Adds a value to the parameter list and returns its placeholder; values never enter the SQL. */
export type BindParam = (value: unknown) => string;

// Every column below is a fixed identifier of audit_logs; the fragments are meant for
// `FROM audit_logs WHERE …`. Subqueries alias their own tables so no name is ambiguous.
const TEXT_COLUMNS = ["action", "resource_type", "resource_id", "actor_email", "details::text"];

/** The condition a term asks for, before any exclusion; NULL where a column is NULL. */
export function compileTermCondition(term: Term, bind: BindParam, now: Date): string {
  switch (term.field) {
    case "text": {
      const pattern = bind(`%${escapeLike(term.value)}%`);
      return `(${TEXT_COLUMNS.map((column) => `${column} ILIKE ${pattern}`).join(" OR ")})`;
    }
    case "tenant":
      // A scalar subquery is planned once, so the (tenant_id, created_at, id) index still applies.
      return term.by === "id"
        ? `tenant_id = ${bind(term.value)}::uuid`
        : `tenant_id = (SELECT t.id FROM tenants t WHERE t.slug = ${bind(term.value)})`;
    case "user": {
      if (term.by === "id") return `actor_id = ${bind(term.value)}`;
      // Rows written without actor_email still name the user by id. = ANY(ARRAY(…)) rather than
      // IN (…) lets the planner use an index on actor_id for that half.
      const email = bind(term.value);
      return `(lower(actor_email) = lower(${email}::text) OR actor_id = ANY(ARRAY(SELECT u.id::text FROM users u WHERE lower(u.email) = lower(${email}::text))))`;
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
    case "details":
      // #>> gives a JSON scalar's text: strings unquoted, numbers and booleans as written.
      return `details #>> ${bind(term.path)}::text[] = ${bind(term.value)}`;
    case "after":
      return `created_at >= ${bind(resolveTimeValue(term.time, now))}::timestamptz`;
    case "before":
      return `created_at < ${bind(resolveTimeValue(term.time, now))}::timestamptz`;
  }
}

/** An excluded term keeps rows where the condition is NULL (say, no IP recorded). */
export function compileTerm(term: Term, bind: BindParam, now: Date): string {
  const condition = compileTermCondition(term, bind, now);
  return term.negated ? `(${condition}) IS NOT TRUE` : condition;
}
