import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import { notFound } from "../domain/domain-error";
import type { UsageMetric } from "../generated/prisma/enums";
import { findCurrentSubscription, type CurrentSubscriptionRecord } from "./current-subscription";
import { loadApiKeys, loadRecentAuditEvents, loadRecentExecutions } from "./overview-activity";
import { loadUsageRows, shapeUsage } from "./overview-usage";
import { loadWorkspace } from "./overview-workspace";
import { requireTenantId } from "./tenant-lookup";

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
    findCurrentSubscription(prisma, tenantId),
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
