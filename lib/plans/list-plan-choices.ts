import "server-only";
import { moneyString } from "../billing/money";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";

export type PlanChoice = { id: string; name: string; slug: string; priceMonthly: string; priceYearly: string; currency: string };

/** The plans a subscription may move to: on sale, in its currency, not its own; in list order. */
export async function listPlanChoices(options: ReadOptions & { currency: string; exceptPlanId: string }): Promise<PlanChoice[]> {
  assertPermission(options.actor, "billing.view");
  const plans = await resolvePrisma(options).plan.findMany({
    where: { status: "active", currency: options.currency, id: { not: options.exceptPlanId } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, slug: true, priceMonthly: true, priceYearly: true, currency: true },
  });
  return plans.map((plan) => ({ ...plan, priceMonthly: moneyString(plan.priceMonthly), priceYearly: moneyString(plan.priceYearly) }));
}
