import type pg from "pg";
import type { CompiledAuditQuery } from "./compile-audit-query";

export type AuditCountEstimate = { count: number; estimated: true };

type PlanNode = { Plan?: { "Plan Rows"?: number } };

/**
 * The planner's row estimate for the search, from EXPLAIN: it costs a plan, not a scan. An exact
 * COUNT(*) takes seconds on a large tenant, so the console never runs one.
 */
export async function estimateAuditCount(client: pg.ClientBase, compiled: Pick<CompiledAuditQuery, "where" | "params">): Promise<AuditCountEstimate> {
  const { rows } = await client.query(`EXPLAIN (FORMAT JSON) SELECT 1 FROM audit_logs WHERE ${compiled.where}`, compiled.params);
  const cell = Object.values(rows[0] ?? {})[0];
  const plan = (typeof cell === "string" ? JSON.parse(cell) : cell) as PlanNode[];
  const planRows = plan[0]?.Plan?.["Plan Rows"] ?? 0;
  return { count: Math.max(0, Math.round(planRows)), estimated: true };
}
