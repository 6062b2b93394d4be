import "server-only";
import { z } from "zod";
import { currentSubscriptionOrderBy, currentSubscriptionWhere } from "../billing/current-subscription";
import { assertPermission, parseInput, resolvePrisma, type ReadOptions } from "../domain/call-options";
import type { UsageMetric } from "../generated/prisma/enums";

// The tenant a usage view is narrowed to, with its current plan's limits (null: not limited), so
// the page can name the tenant and draw the limits of standing counts. Null when there is none.

export type UsageTenant = {
  id: string;
  name: string;
  slug: string;
  plan: { id: string; name: string; limits: Partial<Record<UsageMetric, number>> } | null;
};

const tenantIdSchema = z.uuid("Choose a tenant by its id.");

export async function getUsageTenant(options: ReadOptions & { tenantId: string }): Promise<UsageTenant | null> {
  assertPermission(options.actor, "billing.view");
  const tenantId = parseInput(tenantIdSchema, options.tenantId);
  const prisma = resolvePrisma(options);
  const [tenant, subscription] = await Promise.all([
    prisma.tenant.findUnique({ where: { id: tenantId }, select: { id: true, name: true, slug: true } }),
    prisma.subscription.findFirst({
      where: { tenantId, ...currentSubscriptionWhere },
      orderBy: currentSubscriptionOrderBy,
      select: { plan: { select: { id: true, name: true, limits: { select: { metric: true, limit: true } } } } },
    }),
  ]);
  if (!tenant) return null;
  const plan = subscription?.plan;
  return {
    ...tenant,
    plan: plan ? { id: plan.id, name: plan.name, limits: Object.fromEntries(plan.limits.map((row) => [row.metric, Number(row.limit)])) } : null,
  };
}
