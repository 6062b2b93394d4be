import "server-only";
import { moneyOf, toDecimal, type Money } from "../billing/money";
import { MONTHLY_REVENUE_SQL } from "../billing/monthly-revenue";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import type { Prisma } from "../generated/prisma/client";
import { SubscriptionStatus } from "../generated/prisma/enums";
import { planSelect, toPlanView, type PlanView } from "./plan-view";

export type PlanStats = PlanView & {
  /** Every subscription that references the plan, by status (ended ones included). */
  subscriptionsByStatus: Record<SubscriptionStatus, number>;
  /** Subscriptions that are neither canceled nor ended. */
  subscriberCount: number;
  monthlyRevenue: Money;
};

export type PlanStatsList = {
  rows: PlanStats[];
  total: number;
  /** MRR over all plans, one entry per currency, never summed across currencies. */
  revenueByCurrency: Money[];
};

type StatsRow = { plan_id: string; status: SubscriptionStatus; subscriptions: number; subscribers: number; revenue: string };

// Plans are a handful: every plan, active before archived, with its figures from one grouped query.
export async function listPlanStats(options: ReadOptions): Promise<PlanStatsList> {
  assertPermission(options.actor, "billing.view");
  const prisma = resolvePrisma(options);
  const [plans, stats] = await Promise.all([
    prisma.plan.findMany({ select: planSelect, orderBy: [{ status: "asc" }, { sortOrder: "asc" }, { name: "asc" }, { id: "asc" }] }),
    prisma.$queryRaw<StatsRow[]>`
      SELECT s.plan_id::text AS plan_id, s.status::text AS status, count(*)::int AS subscriptions,
        count(*) FILTER (WHERE s.status <> 'canceled' AND s.ended_at IS NULL)::int AS subscribers,
        sum(${MONTHLY_REVENUE_SQL})::text AS revenue
      FROM subscriptions s JOIN plans p ON p.id = s.plan_id
      GROUP BY s.plan_id, s.status`,
  ]);

  const byPlan = new Map<string, StatsRow[]>();
  for (const row of stats) byPlan.set(row.plan_id, [...(byPlan.get(row.plan_id) ?? []), row]);
  const totals = new Map<string, Prisma.Decimal>();

  const rows = plans.map((record): PlanStats => {
    const subscriptionsByStatus = Object.fromEntries(Object.values(SubscriptionStatus).map((status) => [status, 0])) as Record<SubscriptionStatus, number>;
    let subscriberCount = 0;
    let revenue = toDecimal(0);
    for (const row of byPlan.get(record.id) ?? []) {
      subscriptionsByStatus[row.status] = row.subscriptions;
      subscriberCount += row.subscribers;
      revenue = revenue.add(toDecimal(row.revenue));
    }
    totals.set(record.currency, (totals.get(record.currency) ?? toDecimal(0)).add(revenue));
    return { ...toPlanView(record), subscriptionsByStatus, subscriberCount, monthlyRevenue: moneyOf(revenue, record.currency) };
  });

  const revenueByCurrency = [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => moneyOf(amount, currency));
  return { rows, total: rows.length, revenueByCurrency };
}
