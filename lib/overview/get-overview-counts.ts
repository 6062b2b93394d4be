import "server-only";
import { getPrisma } from "../db";
import { TenantStatus } from "../generated/prisma/enums";

export type OverviewCounts = {
  tenants: { total: number; byStatus: Record<TenantStatus, number> };
  activeSubscriptions: number;
  executionsLast24h: number;
  auditEventsLast24h: number;
  /** The moment the 24-hour windows end at, so the page can say what "last 24 hours" means. */
  measuredAt: Date;
};

const DAY_MS = 24 * 60 * 60 * 1000;

export async function getOverviewCounts(options: { now?: Date } = {}): Promise<OverviewCounts> {
  const prisma = getPrisma();
  const measuredAt = options.now ?? new Date();
  const since = new Date(measuredAt.getTime() - DAY_MS);

  const [tenantGroups, activeSubscriptions, executionsLast24h, auditEventsLast24h] = await Promise.all([
    prisma.tenant.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.subscription.count({ where: { status: "active" } }),
    prisma.execution.count({ where: { createdAt: { gte: since, lte: measuredAt } } }),
    prisma.auditLog.count({ where: { createdAt: { gte: since, lte: measuredAt } } }),
  ]);

  const byStatus = Object.fromEntries(Object.values(TenantStatus).map((status) => [status, 0])) as Record<TenantStatus, number>;
  for (const group of tenantGroups) byStatus[group.status] = group._count._all;
  const total = Object.values(byStatus).reduce((sum, count) => sum + count, 0);

  return { tenants: { total, byStatus }, activeSubscriptions, executionsLast24h, auditEventsLast24h, measuredAt };
}
