import "server-only";
import type pg from "pg";
import { compileAuditQuery, tenantSlugsOf } from "./query/compile-audit-query";
import { parseAuditQuery } from "./query/parse-audit-query";
import type { AuditQuery, Term } from "./query/query-types";
import { isStatementTimeout, resolveTenantSlugs } from "./query/search-audit-logs";

// Counts beside the action and resource facets. An exact GROUP BY over every match would read
// millions of rows for a broad search, so each facet counts the newest FACET_SAMPLE matches
// (walking the same (created_at, id) order as the results) and says so when it was capped.
// A facet ignores its own field's terms, so picking one action still shows the others' counts.

export const FACET_SAMPLE = 5_000;
const FACET_VALUES = 12;

export type FacetValue = { value: string; count: number };
export type AuditFacet = { values: FacetValue[]; sampled: number; capped: boolean };
export type AuditFacets = { ok: true; action: AuditFacet; resource: AuditFacet } | { ok: false; reason: "syntax" | "too_broad" };

const COLUMNS = { action: "action", resource: "resource_type" } as const;

function without(query: AuditQuery, field: Term["field"]): AuditQuery {
  return { terms: query.terms.filter((term) => term.negated || term.field !== field) };
}

async function countFacet(client: pg.ClientBase, query: AuditQuery, field: keyof typeof COLUMNS, tenantIds: Map<string, string | null>, now: Date): Promise<AuditFacet> {
  const compiled = compileAuditQuery(without(query, field), { now, tenantIds });
  const n = compiled.params.length;
  const column = COLUMNS[field];
  const { rows } = await client.query<{ value: string; count: number; sampled: number }>(
    `WITH sample AS (SELECT ${column} AS value FROM audit_logs WHERE ${compiled.where}
                      ORDER BY created_at DESC, id DESC LIMIT $${n + 1})
     SELECT value, count(*)::int AS count, (SELECT count(*) FROM sample)::int AS sampled
       FROM sample WHERE value IS NOT NULL
      GROUP BY value ORDER BY count DESC, value LIMIT $${n + 2}`,
    [...compiled.params, FACET_SAMPLE, FACET_VALUES],
  );
  const sampled = rows[0]?.sampled ?? 0;
  return { values: rows.map(({ value, count }) => ({ value, count })), sampled, capped: sampled >= FACET_SAMPLE };
}

/** Action and resource-type counts for a search; a facet that runs out of time is left out. */
export async function listAuditFacets(client: pg.ClientBase, options: { query: string; now: Date }): Promise<AuditFacets> {
  const parsed = parseAuditQuery(options.query);
  if (!parsed.ok) return { ok: false, reason: "syntax" };
  try {
    const tenantIds = await resolveTenantSlugs(client, tenantSlugsOf(parsed.query));
    const action = await countFacet(client, parsed.query, "action", tenantIds, options.now);
    const resource = await countFacet(client, parsed.query, "resource", tenantIds, options.now);
    return { ok: true, action, resource };
  } catch (error) {
    if (isStatementTimeout(error)) return { ok: false, reason: "too_broad" };
    throw error;
  }
}
