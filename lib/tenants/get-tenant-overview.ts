import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import { currentSubscriptionOrderBy, currentSubscriptionWhere } from "../billing/current-subscription";
import { notFound } from "../domain/domain-error";
import type { PrismaClient } from "../generated/prisma/client";
import type { UsageMetric } from "../generated/prisma/enums";
import { loadApiKeys, loadRecentAuditEvents, loadRecentExecutions } from "./overview-activity";
import { loadUsageRows, shapeUsage } from "./overview-usage";
import { loadWorkspace } from "./overview-workspace";
import { requireTenantId } from "./tenant-lookup";

/** lib/billing's current subscription, with the plan and limits the page shows. */
function loadCurrentSubscription(prisma: PrismaClient, tenantId: string) {
  return prisma.subscription.findFirst({
    where: { tenantId, ...currentSubscriptionWhere },
    orderBy: currentSubscriptionOrderBy,
    include: {
      plan: {
        select: {
          id: true, name: true, slug: true, priceMonthly: true, priceYearly: true, currency: true, status: true,
          limits: { select: { metric: true, limit: true }, orderBy: { metric: "asc" } },
        },
      },
    },
  });
}

type CurrentSubscriptionRecord = NonNullable<Awaited<ReturnType<typeof loadCurrentSubscription>>>;

function toSubscriptionView(record: CurrentSubscriptionRecord) {
  const { plan, planId: _planId, tenantId: _tenantId, ...subscription } = record;
  return {
    ...subscription,
    plan: {
      id: plan.id,
      name: plan.name,
      slug: plan.slug,
      status: plan.status,
      priceMonthly: plan.priceMonthly.toFixed(2),
      priceYearly: plan.priceYearly.toFixed(2),
      currency: plan.currency,
    },
    // Limits are BIGINT; every plan's limits fit a JS number by far.
    limits: plan.limits.map((row) => ({ metric: row.metric, limit: Number(row.limit) })),
  };
}

/**
 * Everything the tenant page shows, in one call. Each part is a bounded query along a
 * tenant-first index, run in parallel, so the page stays fast however large the tables grow.
 */
export async function getTenantOverview(options: ReadOptions & { tenantId: string }) {
  assertPermission(options.actor, "tenants.view");
  const tenantId = requireTenantId(options.tenantId);
  const prisma = resolvePrisma(options);
  const now = options.now ?? new Date();

  const [profile, subscriptionRecord, usageRows, workspace, executions, apiKeys, auditEvents] = await Promise.all([
    prisma.tenant.findUnique({ where: { id: tenantId } }),
    loadCurrentSubscription(prisma, tenantId),
    loadUsageRows(prisma, tenantId, now),
    loadWorkspace(prisma, tenantId),
    loadRecentExecutions(prisma, tenantId),
    loadApiKeys(prisma, tenantId, now),
    loadRecentAuditEvents(prisma, tenantId),
  ]);
  if (!profile) throw notFound("This tenant");

  const subscription = subscriptionRecord ? toSubscriptionView(subscriptionRecord) : null;
  const limits = new Map<UsageMetric, number>(subscription?.limits.map((row) => [row.metric, row.limit]) ?? []);
  return {
    profile,
    subscription,
    usage: shapeUsage(usageRows, now, limits),
    ...workspace,
    executions,
    apiKeys,
    auditEvents,
    measuredAt: now,
  };
}

export type TenantOverview = Awaited<ReturnType<typeof getTenantOverview>>;
