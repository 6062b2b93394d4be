import "server-only";
import { moneyOf, type Money } from "../billing/money";
import { monthlyRevenue } from "../billing/monthly-revenue";
import type { Prisma } from "../generated/prisma/client";
import type { BillingInterval, SubscriptionStatus } from "../generated/prisma/enums";
import { planSelect, toPlanView, type PlanView } from "../plans/plan-view";

// How a subscription looks to the console: with its tenant, its plan (prices as strings, limits)
// and what it brings in per month.

export type SubscriptionPlan = Pick<PlanView, "id" | "name" | "slug" | "status" | "priceMonthly" | "priceYearly" | "currency" | "limits">;

export type SubscriptionView = {
  id: string;
  tenant: { id: string; name: string; slug: string };
  plan: SubscriptionPlan;
  status: SubscriptionStatus;
  billingInterval: BillingInterval;
  /** The plan's price for this subscription's billing interval. */
  price: Money;
  monthlyRevenue: Money;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  trialEndsAt: Date | null;
  cancelAtPeriodEnd: boolean;
  canceledAt: Date | null;
  cancellationReason: string | null;
  endedAt: Date | null;
  externalId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export const subscriptionSelect = {
  id: true,
  tenantId: true,
  planId: true,
  status: true,
  billingInterval: true,
  currentPeriodStart: true,
  currentPeriodEnd: true,
  trialEndsAt: true,
  cancelAtPeriodEnd: true,
  canceledAt: true,
  cancellationReason: true,
  endedAt: true,
  externalId: true,
  createdAt: true,
  updatedAt: true,
  tenant: { select: { id: true, name: true, slug: true } },
  plan: { select: planSelect },
} satisfies Prisma.SubscriptionSelect;

export type SubscriptionRecord = Prisma.SubscriptionGetPayload<{ select: typeof subscriptionSelect }>;

export function toSubscriptionView(record: SubscriptionRecord): SubscriptionView {
  const plan = toPlanView(record.plan);
  const price = record.billingInterval === "year" ? plan.priceYearly : plan.priceMonthly;
  return {
    id: record.id,
    tenant: record.tenant,
    plan: {
      id: plan.id, name: plan.name, slug: plan.slug, status: plan.status,
      priceMonthly: plan.priceMonthly, priceYearly: plan.priceYearly, currency: plan.currency, limits: plan.limits,
    },
    status: record.status,
    billingInterval: record.billingInterval,
    price: moneyOf(price, plan.currency),
    monthlyRevenue: moneyOf(monthlyRevenue({ ...record, priceMonthly: plan.priceMonthly, priceYearly: plan.priceYearly }), plan.currency),
    currentPeriodStart: record.currentPeriodStart,
    currentPeriodEnd: record.currentPeriodEnd,
    trialEndsAt: record.trialEndsAt,
    cancelAtPeriodEnd: record.cancelAtPeriodEnd,
    canceledAt: record.canceledAt,
    cancellationReason: record.cancellationReason,
    endedAt: record.endedAt,
    externalId: record.externalId,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
