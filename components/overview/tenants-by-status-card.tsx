import { Card, CardHeader } from "@/components/ui/card";
import { formatCount } from "@/lib/format/format-count";
import type { OverviewCounts } from "@/lib/overview/get-overview-counts";

const STATUSES = [
  { status: "active", label: "Active", color: "bg-emerald-500" },
  { status: "trial", label: "Trial", color: "bg-indigo-500" },
  { status: "suspended", label: "Suspended", color: "bg-amber-500" },
  { status: "cancelled", label: "Cancelled", color: "bg-zinc-400" },
] as const;

export function TenantsByStatusCard({ tenants }: { tenants: OverviewCounts["tenants"] }) {
  const share = (count: number) => (tenants.total === 0 ? 0 : (count / tenants.total) * 100);
  return (
    <Card>
      <CardHeader title="Tenants by status" description={`${formatCount(tenants.total)} in total`} />
      <div className="px-5 py-4">
        <div className="flex h-2 overflow-hidden rounded-full bg-zinc-100" aria-hidden="true">
          {STATUSES.map(({ status, color }) => (
            <div key={status} className={color} style={{ width: `${share(tenants.byStatus[status])}%` }} />
          ))}
        </div>
        <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-2.5">
          {STATUSES.map(({ status, label, color }) => (
            <div key={status} className="flex items-center justify-between gap-3 text-[13px]">
              <dt className="flex items-center gap-2 text-zinc-600">
                <span className={`size-2 rounded-full ${color}`} aria-hidden="true" />
                {label}
              </dt>
              <dd className="font-medium text-zinc-900 tabular-nums">{formatCount(tenants.byStatus[status])}</dd>
            </div>
          ))}
        </dl>
      </div>
    </Card>
  );
}
