import "server-only";
import { moneyOf, type Money } from "../billing/money";
import { MONTHLY_REVENUE_SQL } from "../billing/monthly-revenue";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import { notFound } from "../domain/domain-error";
import { getPlanSchema, type GetPlanInput } from "./plan-schemas";
import { planSelect, toPlanView, type PlanView } from "./plan-view";

export type PlanDetail = PlanView & {
  /** Subscriptions on this plan that are neither canceled nor ended. */
  subscriberCount: number;
  /** MRR of this plan's subscriptions, in the plan's currency (see lib/billing/monthly-revenue.ts). */
  monthlyRevenue: Money;
};

export async function getPlan(options: ReadOptions & { input: GetPlanInput }): Promise<PlanDetail> {
  assertPermission(options.actor, "billing.view");
  // A malformed id names no plan: answer as for a missing one.
  const parsed = getPlanSchema.safeParse(options.input);
  if (!parsed.success) throw notFound("This plan");
  const prisma = resolvePrisma(options);

  const record = await prisma.plan.findUnique({ where: { id: parsed.data.planId }, select: planSelect });
  if (!record) throw notFound("This plan");
  const [stats] = await prisma.$queryRaw<{ subscribers: number; revenue: string }[]>`
    SELECT count(*) FILTER (WHERE s.status <> 'canceled' AND s.ended_at IS NULL)::int AS subscribers,
      coalesce(sum(${MONTHLY_REVENUE_SQL}), 0)::text AS revenue
    FROM subscriptions s JOIN plans p ON p.id = s.plan_id
    WHERE s.plan_id = ${record.id}::uuid`;
  return {
    ...toPlanView(record),
    subscriberCount: stats?.subscribers ?? 0,
    monthlyRevenue: moneyOf(stats?.revenue ?? "0", record.currency),
  };
}
