import { formatMoney } from "@/lib/format/format-money";
import type { PlanView } from "@/lib/plans/plan-view";
import { USAGE_METRIC_LABELS, USAGE_METRICS } from "@/lib/usage/usage-metrics";
import { formatLimit } from "./plan-labels";

type PlanValues = Pick<PlanView, "name" | "slug" | "priceMonthly" | "priceYearly" | "currency" | "status" | "limits">;

export function isPlanView(value: unknown): value is PlanValues {
  return typeof value === "object" && value !== null && "slug" in value && "priceMonthly" in value && "limits" in value;
}

/** One sentence of a plan's values, for a conflict: what someone else saved. */
export function describePlan(plan: PlanValues): string {
  const limits = USAGE_METRICS.map((metric) => `${USAGE_METRIC_LABELS[metric].toLowerCase()} ${formatLimit(plan.limits[metric]).toLowerCase()}`).join(", ");
  return `${plan.name} (${plan.slug}), ${formatMoney(plan.priceMonthly, plan.currency)} a month, ${formatMoney(plan.priceYearly, plan.currency)} a year, ${plan.status}; limits: ${limits}`;
}
