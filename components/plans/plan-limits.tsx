import type { PlanLimits } from "@/lib/plans/plan-view";
import { limitPeriodOf, USAGE_METRIC_LABELS, USAGE_METRICS } from "@/lib/usage/usage-metrics";
import { formatLimit } from "./plan-labels";

/** A plan's limit per metric, "Unlimited" where it sets none. */
export function PlanLimitList({ limits }: { limits: PlanLimits }) {
  return (
    <dl className="divide-y divide-zinc-100 text-[13px]">
      {USAGE_METRICS.map((metric) => (
        <div key={metric} className="flex items-baseline justify-between gap-3 py-1.5">
          <dt className="text-zinc-600">{USAGE_METRIC_LABELS[metric]}</dt>
          <dd className={`text-right tabular-nums ${limits[metric] === null ? "text-zinc-400" : "text-zinc-900"}`}>
            {formatLimit(limits[metric])}
            {limits[metric] === null ? null : <span className="text-xs text-zinc-500"> {limitPeriodOf(metric)}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
