import "server-only";
import { getPrisma } from "../db";
import { TenantStatus } from "../generated/prisma/enums";

export type OverviewCounts = {
  tenants: { total: number; byStatus: Record<TenantStatus, number> };
  activeSubscriptions: number;
};

export async function getOverviewCounts(): Promise<OverviewCounts> {
  const prisma = getPrisma();
  const [tenantGroups, activeSubscriptions] = await Promise.all([
    prisma.tenant.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.subscription.count({ where: { status: "active" } }),
  ]);

  const byStatus = Object.fromEntries(Object.values(TenantStatus).map((status) => [status, 0])) as Record<TenantStatus, number>;
  for (const group of tenantGroups) byStatus[group.status] = group._count._all;
  const total = Object.values(byStatus).reduce((sum, count) => sum + count, 0);

  return { tenants: { total, byStatus }, activeSubscriptions };
}
