import "server-only";
import { z } from "zod";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";

export type RecentExecution = {
  id: string;
  status: string;
  durationMs: number | null;
  tokens: number;
  cost: string;
  currency: string;
  createdAt: Date;
};

const optionsSchema = z.object({
  of: z.union([z.object({ agentId: z.uuid() }), z.object({ workflowId: z.uuid() })]),
  limit: z.number().int().min(1).max(100),
});

/** The latest executions of one agent or workflow, newest first (served by its own index). */
export async function listRecentExecutions(options: ReadOptions & { of: { agentId: string } | { workflowId: string }; limit?: number }): Promise<RecentExecution[]> {
  assertPermission(options.actor, "tenants.view");
  const { of, limit } = optionsSchema.parse({ of: options.of, limit: options.limit ?? 20 });
  const rows = await resolvePrisma(options).execution.findMany({
    where: of,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, status: true, durationMs: true, tokensUsed: true, cost: true, currency: true, createdAt: true },
  });
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    durationMs: row.durationMs,
    tokens: row.tokensUsed,
    cost: row.cost.toFixed(6),
    currency: row.currency.trim(),
    createdAt: row.createdAt,
  }));
}
