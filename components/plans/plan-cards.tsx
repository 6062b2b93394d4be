import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { humanize } from "@/lib/data-table/list-spec";
import { countOf } from "@/lib/format/count-of";
import { formatMoney } from "@/lib/format/format-money";
import type { PlanStats } from "@/lib/plans/list-plan-stats";
import { PlanActions } from "./plan-actions";
import { PlanLimitList } from "./plan-limits";

const MAX_FEATURES = 5;

/** "12 active · 3 trialing · 1 past due", leaving out statuses with none. */
function byStatus(counts: PlanStats["subscriptionsByStatus"]): string {
  const parts = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count.toLocaleString("en-US")} ${humanize(status).toLowerCase()}`);
  return parts.length > 0 ? parts.join(" · ") : "No subscriptions yet";
}

export function PlanCards({ plans, canManage }: { plans: PlanStats[]; canManage: boolean }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" aria-label="Plans">
      {plans.map((plan) => (
        <li key={plan.id} className={`flex flex-col rounded-lg border bg-white shadow-xs ${plan.status === "archived" ? "border-dashed border-zinc-300" : "border-zinc-200"}`}>
          <article aria-labelledby={`plan-${plan.id}`} className="flex flex-1 flex-col">
            <header className="flex items-start justify-between gap-3 border-b border-zinc-100 px-5 py-3.5">
              <div className="min-w-0">
                <h2 id={`plan-${plan.id}`} className="text-sm font-semibold text-zinc-900">
                  <Link href={`/plans/${plan.id}`} className="hover:text-indigo-700 hover:underline">{plan.name}</Link>
                </h2>
                <p className="font-mono text-xs text-zinc-500">{plan.slug}</p>
              </div>
              <StatusBadge status={plan.status} />
            </header>

            <div className="grid grid-cols-2 gap-4 border-b border-zinc-100 px-5 py-3.5">
              <div>
                <p className="text-xs text-zinc-500">Price</p>
                <p className="text-[13px] text-zinc-900 tabular-nums">
                  <span className="font-semibold">{formatMoney(plan.priceMonthly, plan.currency)}</span> / month
                </p>
                <p className="text-[13px] text-zinc-600 tabular-nums">{formatMoney(plan.priceYearly, plan.currency)} / year</p>
              </div>
              <div className="text-right">
                <p className="text-xs text-zinc-500">Monthly revenue</p>
                <p className="text-[13px] font-semibold text-zinc-900 tabular-nums">{formatMoney(plan.monthlyRevenue.amount, plan.monthlyRevenue.currency)}</p>
                <p className="text-xs text-zinc-500">{plan.currency}</p>
              </div>
            </div>

            <div className="border-b border-zinc-100 px-5 py-3.5">
              <p className="text-[13px] text-zinc-900">
                <Link href={`/subscriptions?plan=${encodeURIComponent(plan.slug)}`} className="font-semibold hover:text-indigo-700 hover:underline">
                  {countOf(plan.subscriberCount, "subscriber")}
                </Link>
              </p>
              <p className="mt-0.5 text-xs text-zinc-500">{byStatus(plan.subscriptionsByStatus)}</p>
            </div>

            <div className="grid flex-1 content-start gap-4 px-5 py-3.5 sm:grid-cols-2 md:grid-cols-1 2xl:grid-cols-2">
              <section aria-label={`Limits of ${plan.name}`}>
                <h3 className="text-xs font-medium text-zinc-500">Limits</h3>
                <PlanLimitList limits={plan.limits} />
              </section>
              <section aria-label={`Features of ${plan.name}`}>
                <h3 className="text-xs font-medium text-zinc-500">Features</h3>
                {plan.features.length > 0 ? (
                  <ul className="mt-1.5 space-y-1 text-[13px] text-zinc-700">
                    {plan.features.slice(0, MAX_FEATURES).map((feature) => (
                      <li key={feature} className="flex gap-1.5">
                        <span aria-hidden="true" className="text-emerald-600">✓</span>
                        {feature}
                      </li>
                    ))}
                    {plan.features.length > MAX_FEATURES ? (
                      <li className="text-xs text-zinc-500">and {plan.features.length - MAX_FEATURES} more</li>
                    ) : null}
                  </ul>
                ) : (
                  <p className="mt-1.5 text-[13px] text-zinc-400">None listed</p>
                )}
              </section>
            </div>

            {canManage ? (
              <footer className="flex flex-wrap justify-end gap-1.5 border-t border-zinc-100 px-5 py-3">
                <Link href={`/plans/${plan.id}#edit`} className="inline-flex h-7 items-center rounded-md bg-white px-2.5 text-xs font-medium text-zinc-900 shadow-xs ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50">
                  Edit<span className="sr-only"> {plan.name}</span>
                </Link>
                <PlanActions plan={plan} />
              </footer>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  );
}
