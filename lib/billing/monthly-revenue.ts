import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { BillingInterval, SubscriptionStatus } from "../generated/prisma/enums";
import { roundToCents, toDecimal } from "./money";
import { sqlAlias } from "./sql-alias";

// Monthly recurring revenue (MRR), defined once for the console: a subscription contributes when
// it is active or past due (a trial pays nothing yet); a yearly price counts as a twelfth,
// rounded to cents. The SQL expression below must agree with monthlyRevenue() to the cent.

export const REVENUE_STATUSES = ["active", "past_due"] as const satisfies readonly SubscriptionStatus[];

export type RevenueInput = {
  status: SubscriptionStatus;
  billingInterval: BillingInterval;
  priceMonthly: Prisma.Decimal | string;
  priceYearly: Prisma.Decimal | string;
};

export function contributesRevenue(status: SubscriptionStatus): boolean {
  return (REVENUE_STATUSES as readonly SubscriptionStatus[]).includes(status);
}

export function monthlyRevenue(input: RevenueInput): Prisma.Decimal {
  if (!contributesRevenue(input.status)) return toDecimal(0);
  if (input.billingInterval === "year") return roundToCents(toDecimal(input.priceYearly).div(12));
  return roundToCents(toDecimal(input.priceMonthly));
}

/**
 * MRR of one subscription row as numeric(12,2), for sorting and summing in list queries:
 *   SELECT …, ${monthlyRevenueSql()} AS monthly_revenue FROM subscriptions s JOIN plans p ON p.id = s.plan_id
 */
export function monthlyRevenueSql(subscription = "s", plan = "p"): Prisma.Sql {
  const s = sqlAlias(subscription);
  const p = sqlAlias(plan);
  return Prisma.sql`(CASE WHEN ${s}.status IN ('active', 'past_due') THEN
    CASE ${s}.billing_interval WHEN 'year' THEN round(${p}.price_yearly / 12, 2) ELSE ${p}.price_monthly END
    ELSE 0 END)::numeric(12, 2)`;
}

/** monthlyRevenueSql() for the usual aliases `s` (subscriptions) and `p` (plans). */
export const MONTHLY_REVENUE_SQL: Prisma.Sql = monthlyRevenueSql();
