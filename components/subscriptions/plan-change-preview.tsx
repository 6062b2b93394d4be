import { formatMoney } from "@/lib/format/format-money";
import { formatUtcDate } from "@/lib/format/format-utc-date";
import type { PlanChangePreview } from "@/lib/subscriptions/plan-change";
import { formatLimit, formatQuantity } from "@/components/plans/plan-labels";
import { USAGE_METRIC_LABELS } from "@/lib/usage/usage-metrics";

function Difference({ amount, currency, interval }: { amount: string; currency: string; interval: string }) {
  // Signed decimal text from the server ("-150.00"): read the sign from the text, never via a float.
  const negative = amount.startsWith("-");
  const magnitude = amount.replace(/^[-+]/, "");
  if (/^0+(\.0+)?$/.test(magnitude)) return <span className="text-zinc-600">No change in price</span>;
  const text = `${negative ? "−" : "+"}${formatMoney(magnitude, currency)} a ${interval}`;
  return (
    <span className={`font-semibold ${negative ? "text-red-700" : "text-emerald-700"}`}>
      {text} <span className="font-normal">{negative ? "less" : "more"}</span>
    </span>
  );
}

/** What moving to another plan would do: price, difference, limits, and usage the new limits would not cover. */
export function PlanChangePreviewView({ preview }: { preview: PlanChangePreview }) {
  const lower = (current: string | null, next: string | null) => next !== null && (current === null || BigInt(next) < BigInt(current));
  return (
    <div className="space-y-4 text-[13px]" aria-label="Preview of the plan change" role="region">
      <dl className="grid grid-cols-2 gap-3 rounded-md bg-zinc-50 px-3 py-2.5 ring-1 ring-zinc-200 ring-inset">
        <div>
          <dt className="text-xs text-zinc-500">Now: {preview.currentPlan.name}</dt>
          <dd className="tabular-nums text-zinc-700">{formatMoney(preview.currentPrice, preview.currency)} / {preview.billingInterval}</dd>
        </div>
        <div>
          <dt className="text-xs text-zinc-500">New: {preview.newPlan.name}</dt>
          <dd className="font-semibold tabular-nums text-zinc-900" data-testid="new-price">{formatMoney(preview.newPrice, preview.currency)} / {preview.billingInterval}</dd>
        </div>
        <div className="col-span-2" data-testid="price-difference">
          <Difference amount={preview.difference} currency={preview.currency} interval={preview.billingInterval} />
          <span className="text-zinc-500">, from the next invoice.</span>
        </div>
      </dl>

      <table className="w-full text-left">
        <caption className="sr-only">Limits now and after the change</caption>
        <thead>
          <tr className="text-xs text-zinc-500">
            <th scope="col" className="pb-1 font-medium">Limit</th>
            <th scope="col" className="pb-1 text-right font-medium">{preview.currentPlan.name}</th>
            <th scope="col" className="pb-1 text-right font-medium">{preview.newPlan.name}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {preview.limits.map((limit) => (
            <tr key={limit.metric}>
              <th scope="row" className="py-1 font-normal text-zinc-600">{USAGE_METRIC_LABELS[limit.metric]}</th>
              <td className="py-1 text-right tabular-nums text-zinc-500">{formatLimit(limit.currentLimit)}</td>
              <td className={`py-1 text-right tabular-nums ${lower(limit.currentLimit, limit.newLimit) ? "font-medium text-amber-800" : "text-zinc-900"}`}>
                {formatLimit(limit.newLimit)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {preview.overLimit.length > 0 ? (
        <div role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900 ring-1 ring-amber-200 ring-inset">
          <p className="font-medium">
            Usage from {formatUtcDate(preview.usageWindow.from)} to {formatUtcDate(preview.usageWindow.to)} is over the new limits:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {preview.overLimit.map((over) => (
              <li key={over.metric}>
                {USAGE_METRIC_LABELS[over.metric]}: {formatQuantity(over.usage)} used, new limit {formatQuantity(over.newLimit)}
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs">The change is still allowed; the overage is written to the audit trail with it.</p>
        </div>
      ) : (
        <p className="text-zinc-600">Current usage fits within the new limits.</p>
      )}
    </div>
  );
}
