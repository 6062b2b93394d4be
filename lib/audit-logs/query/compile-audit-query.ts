import { compileTerm, type BindParam, type CompileContext } from "./compile-term";
import type { AuditQuery, Term } from "./query-types";

/** The tenant slugs a query names, to look up before compiling (see CompileContext.tenantIds). */
export function tenantSlugsOf(query: AuditQuery): string[] {
  return [...new Set(query.terms.flatMap((term) => (term.field === "tenant" && term.by === "slug" ? [term.value] : [])))];
}

export type CompiledAuditQuery = {
  /** A condition for `SELECT … FROM audit_logs WHERE <where>`, with $1…$n placeholders. */
  where: string;
  params: unknown[];
  /** Free-text words and phrases the user asked for, to highlight in the results. */
  highlights: string[];
};

// A row has one tenant, one action, one IP: two positive terms on the same field would match
// nothing if ANDed, so they are alternatives. Free text and time bounds narrow (AND).
function alternativeKey(term: Term): string | null {
  if (term.negated) return null;
  switch (term.field) {
    case "text":
    case "after":
    case "before":
      return null;
    case "details":
      return `details:${term.path.join(".")}`;
    default:
      return term.field;
  }
}

function groupTerms(terms: Term[]): Term[][] {
  const groups: Term[][] = [];
  const byKey = new Map<string, Term[]>();
  for (const term of terms) {
    const key = alternativeKey(term);
    const existing = key === null ? undefined : byKey.get(key);
    if (existing) {
      existing.push(term);
      continue;
    }
    const group = [term];
    groups.push(group);
    if (key !== null) byKey.set(key, group);
  }
  return groups;
}

/** Compiles a parsed query to a parameterised WHERE condition; relative times count back from `now`. */
export function compileAuditQuery(query: AuditQuery, options: Partial<CompileContext> = {}): CompiledAuditQuery {
  const context: CompileContext = { now: options.now ?? new Date(), tenantIds: options.tenantIds };
  const params: unknown[] = [];
  const bind: BindParam = (value) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = groupTerms(query.terms).map((group) => {
    const parts = group.map((term) => compileTerm(term, bind, context));
    return parts.length === 1 ? parts[0]! : `(${parts.join(" OR ")})`;
  });
  const highlights = [
    ...new Set(query.terms.flatMap((term) => (term.field === "text" && !term.negated ? [term.value] : []))),
  ];
  return { where: conditions.length > 0 ? conditions.join(" AND ") : "TRUE", params, highlights };
}
