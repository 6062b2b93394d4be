import "server-only";
import type { TransactionClient } from "../audit/run-audited";
import { usageWindow } from "../billing/billing-period";
import { toDecimal } from "../billing/money";
import { usageInPeriod } from "../billing/usage-in-period";
import { DomainError, notFound } from "../domain/domain-error";
import type { PrismaClient } from "../generated/prisma/client";
import type { BillingInterval, UsageMetric } from "../generated/prisma/enums";
import { planSelect, toPlanView, type PlanView } from "../plans/plan-view";
import { USAGE_METRICS } from "../usage/usage-metrics";
import { isFinished } from "./is-finished";
import type { SubscriptionRecord } from "./subscription-view";

// What moving a subscription to another plan would do, shared by the preview and the change
// itself, so that the admin confirms exactly the figures that are then applied and audited.

export type OverLimit = { metric: UsageMetric; usage: string; newLimit: string };

export type PlanChangePreview = {
  subscriptionId: string;
  tenantId: string;
  billingInterval: BillingInterval;
  currentPlan: { id: string; name: string; slug: string };
  newPlan: { id: string; name: string; slug: string };
  currency: string;
  /** Prices for the subscription's billing interval, e.g. "49.00"; difference is new − current, e.g. "-150.00". */
  currentPrice: string;
  newPrice: string;
  difference: string;
  limits: { metric: UsageMetric; currentLimit: string | null; newLimit: string | null }[];
  /** Limits are per billing month: a monthly period, or the month of a yearly period that holds now. */
  usageWindow: { from: Date; to: Date };
  overLimit: OverLimit[];
};

const priceFor = (plan: PlanView, interval: BillingInterval) => (interval === "year" ? plan.priceYearly : plan.priceMonthly);

export async function buildPlanChangePreview(
  db: PrismaClient | TransactionClient,
  subscription: SubscriptionRecord,
  targetPlanId: string,
  now: Date,
): Promise<PlanChangePreview> {
  const current = toPlanView(subscription.plan);
  if (targetPlanId === current.id) throw new DomainError("no_change", `This subscription is already on ${current.name}.`);
  if (isFinished(subscription)) {
    throw new DomainError("conflict", "This subscription has ended, so its plan cannot change. Reactivate it first.");
  }
  const record = await db.plan.findUnique({ where: { id: targetPlanId }, select: planSelect });
  if (!record) throw notFound("The chosen plan");
  const target = toPlanView(record);
  if (target.status === "archived") {
    throw new DomainError("conflict", `${target.name} is archived, so no subscription can move to it. Choose an active plan.`);
  }
  if (target.currency !== current.currency) {
    throw new DomainError("conflict", `${target.name} is priced in ${target.currency}, but this subscription pays in ${current.currency}.`);
  }

  const interval = subscription.billingInterval;
  const window = usageWindow(subscription, now);
  const usage = await usageInPeriod(db, { tenantId: subscription.tenantId, ...window });
  const overLimit: OverLimit[] = [];
  for (const metric of USAGE_METRICS) {
    const used = usage[metric];
    const newLimit = target.limits[metric];
    if (used !== null && newLimit !== null && BigInt(used) > BigInt(newLimit)) overLimit.push({ metric, usage: used, newLimit });
  }

  return {
    subscriptionId: subscription.id,
    tenantId: subscription.tenantId,
    billingInterval: interval,
    currentPlan: { id: current.id, name: current.name, slug: current.slug },
    newPlan: { id: target.id, name: target.name, slug: target.slug },
    currency: current.currency,
    currentPrice: priceFor(current, interval),
    newPrice: priceFor(target, interval),
    difference: toDecimal(priceFor(target, interval)).sub(toDecimal(priceFor(current, interval))).toFixed(2),
    limits: USAGE_METRICS.map((metric) => ({ metric, currentLimit: current.limits[metric], newLimit: target.limits[metric] })),
    usageWindow: window,
    overLimit,
  };
}
