import "server-only";
import type pg from "pg";
import { compileAuditQuery, tenantSlugsOf } from "./query/compile-audit-query";
import { estimateAuditCount, type AuditCountEstimate } from "./query/estimate-audit-count";
import { parseAuditQuery } from "./query/parse-audit-query";
import { isStatementTimeout, resolveTenantSlugs } from "./query/search-audit-logs";

/** The planner's estimate of a search's total, or null when the query does not parse or planning ran out of time. */
export async function estimateAuditSearch(client: pg.ClientBase, options: { query: string; now: Date }): Promise<AuditCountEstimate | null> {
  const parsed = parseAuditQuery(options.query);
  if (!parsed.ok) return null;
  try {
    const tenantIds = await resolveTenantSlugs(client, tenantSlugsOf(parsed.query));
    return await estimateAuditCount(client, compileAuditQuery(parsed.query, { now: options.now, tenantIds }));
  } catch (error) {
    if (isStatementTimeout(error)) return null;
    throw error;
  }
}
