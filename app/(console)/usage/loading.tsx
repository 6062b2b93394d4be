import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { PageHeader } from "@/components/shell/page-header";
import { OverLimitSkeleton, UsageChartsSkeleton } from "@/components/usage/usage-skeletons";

export default function Loading() {
  return (
    <>
      <PageHeader
        title="Usage"
        description="Executions, tokens, API calls, seats and agents per day, the tenants over their plan’s limits, and every usage record."
      />
      <div className="space-y-10">
        <div>
          <div className="mb-3 h-4 w-48 animate-pulse rounded bg-zinc-100" />
          <UsageChartsSkeleton />
        </div>
        <OverLimitSkeleton />
        <div>
          <div className="mb-3 h-4 w-48 animate-pulse rounded bg-zinc-100" />
          <DataTableSkeleton columns={6} />
        </div>
      </div>
    </>
  );
}
