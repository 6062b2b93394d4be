import type { ReactNode } from "react";
import type { Money } from "@/lib/billing/money";
import { formatMoney } from "@/lib/format/format-money";
import type { PlanStats } from "@/lib/plans/list-plan-stats";

function Figure({ label, children, detail }: { label: string; children: ReactNode; detail?: ReactNode }) {
  return (
    <div role="group" aria-label={label} className="rounded-lg border border-zinc-200 bg-white px-5 py-3.5 shadow-xs">
      <p className="text-xs text-zinc-500">{label}</p>
      <div className="mt-1 text-lg font-semibold text-zinc-900 tabular-nums">{children}</div>
      {detail ? <p className="mt-0.5 text-xs text-zinc-500">{detail}</p> : null}
    </div>
  );
}

/** Totals over every plan; revenue per currency, never added across currencies. */
export function PlanTotals({ plans, revenueByCurrency }: { plans: PlanStats[]; revenueByCurrency: Money[] }) {
  const active = plans.filter((plan) => plan.status === "active").length;
  const subscribers = plans.reduce((sum, plan) => sum + plan.subscriberCount, 0);
  const trialing = plans.reduce((sum, plan) => sum + plan.subscriptionsByStatus.trialing, 0);
  return (
    <div className="mb-6 grid gap-4 sm:grid-cols-3">
      <Figure label="Monthly revenue" detail="Active and past-due subscriptions; a yearly price counts as a twelfth.">
        {revenueByCurrency.length > 0 ? (
          <span className="flex flex-wrap gap-x-4">
            {revenueByCurrency.map((money) => (
              <span key={money.currency}>
                {formatMoney(money.amount, money.currency)} <span className="text-xs font-normal text-zinc-500">{money.currency}</span>
              </span>
            ))}
          </span>
        ) : (
          formatMoney("0", "USD")
        )}
      </Figure>
      <Figure label="Subscribers" detail={`${trialing.toLocaleString("en-US")} of them on trial`}>
        {subscribers.toLocaleString("en-US")}
      </Figure>
      <Figure label="Plans" detail={`${(plans.length - active).toLocaleString("en-US")} archived`}>
        {active.toLocaleString("en-US")} on sale
      </Figure>
    </div>
  );
}
