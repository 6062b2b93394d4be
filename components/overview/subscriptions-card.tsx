import { BarChart } from "@/components/charts/bar-chart";
import { Card, CardHeader } from "@/components/ui/card";
import { humanize } from "@/lib/data-table/list-spec";
import { formatMoney } from "@/lib/format/format-money";
import type { BillingOverview } from "@/lib/overview/get-billing-overview";

/** Live subscriptions by status and by plan; each bar opens the filtered subscriptions list. */
export function SubscriptionsCard({ billing }: { billing: BillingOverview }) {
  const byStatus = billing.subscriptionsByStatus.map((row) => ({ label: humanize(row.status), value: row.count, href: `/subscriptions?status=${row.status}` }));
  const byPlan = billing.subscriptionsByPlan.map((row) => ({
    label: `${row.plan} · ${formatMoney(row.mrr, row.currency)}/mo`,
    value: row.count,
    href: `/subscriptions?plan=${row.slug}`,
  }));
  return (
    <Card>
      <CardHeader title="Subscriptions" description="Not ended. Revenue counts active and past-due subscriptions; trials pay nothing yet." />
      <div className="grid gap-6 px-5 py-4 lg:grid-cols-2">
        <div>
          <h3 className="mb-2 text-xs font-medium text-zinc-500">By status</h3>
          <BarChart label="Subscriptions by status" data={byStatus} unit="subscriptions" />
        </div>
        <div>
          <h3 className="mb-2 text-xs font-medium text-zinc-500">By plan, with monthly revenue</h3>
          <BarChart label="Subscriptions by plan" data={byPlan} unit="subscriptions" tone="violet" />
        </div>
      </div>
    </Card>
  );
}
