import type { Metadata } from "next";
import { Suspense } from "react";
import { ExecutionActivityCard } from "@/components/overview/execution-activity-card";
import { LatestAuditCard } from "@/components/overview/latest-audit-card";
import { SchemaStatusCard } from "@/components/overview/schema-status-card";
import { StatCard } from "@/components/overview/stat-card";
import { SubscriptionsCard } from "@/components/overview/subscriptions-card";
import { TenantsByStatusCard } from "@/components/overview/tenants-by-status-card";
import { UsageTrendCard } from "@/components/overview/usage-trend-card";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { UsageChartsSkeleton } from "@/components/usage/usage-skeletons";
import { checkPageAccess } from "@/lib/auth/page-access";
import type { StaffSession } from "@/lib/auth/current-staff";
import { env } from "@/lib/env";
import { readDatabase } from "@/lib/errors/read-database";
import { formatCount } from "@/lib/format/format-count";
import { formatMoney } from "@/lib/format/format-money";
import { getMigrationStatus } from "@/lib/migrations/service";
import { getBillingOverview } from "@/lib/overview/get-billing-overview";
import { getExecutionActivity } from "@/lib/overview/get-execution-activity";
import { getLatestAuditEvents } from "@/lib/overview/get-latest-audit-events";
import { getOverviewCounts } from "@/lib/overview/get-overview-counts";
import { getDailyUsage } from "@/lib/usage/get-daily-usage";

export const metadata: Metadata = { title: "Overview" };
export const dynamic = "force-dynamic";

const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });

export default async function OverviewPage() {
  const access = await checkPageAccess("console.view");
  const header = <PageHeader title="Overview" description="Figures read from the Agent Factory database when this page loaded." />;
  if (!access.ok) return <>{header}<DatabaseProblemPanel problem={access.problem} /></>;
  const actor = access.data;
  const result = await readDatabase(() =>
    Promise.all([
      getOverviewCounts(),
      getBillingOverview({ actor }),
      getExecutionActivity({ actor }),
      getLatestAuditEvents({ actor }),
      getMigrationStatus({ databaseUrl: env().databaseUrl }),
    ]),
  );
  if (!result.ok) return <>{header}<DatabaseProblemPanel problem={result.problem} /></>;
  const [counts, billing, activity, audit, migrations] = result.data;
  const [mainRevenue, ...otherRevenue] = billing.revenueByCurrency;

  return (
    <>
      {header}
      <div className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
          <StatCard
            label="Active tenants"
            value={counts.tenants.byStatus.active}
            detail={`${formatCount(counts.tenants.total)} in all · ${formatCount(counts.tenants.byStatus.trial)} on trial · ${formatCount(counts.tenants.byStatus.suspended)} suspended`}
          />
          <StatCard
            label="Monthly recurring revenue"
            value={mainRevenue ? formatMoney(mainRevenue.amount, mainRevenue.currency) : formatMoney(0, "USD")}
            detail={otherRevenue.length > 0 ? `plus ${otherRevenue.map((row) => formatMoney(row.amount, row.currency)).join(" and ")}` : "Active and past-due subscriptions"}
          />
          <StatCard label="Active subscriptions" value={counts.activeSubscriptions} detail="Across all plans" />
          <StatCard
            label="Executions, last 24 hours"
            value={activity.total}
            detail={activity.errorRate === null ? "None ran" : `${percent.format(activity.errorRate)} failed or timed out`}
          />
        </div>
        <ExecutionActivityCard activity={activity} />
        <Suspense fallback={<UsageChartsSkeleton />}>
          <UsageTrend staff={access.data} />
        </Suspense>
        <SubscriptionsCard billing={billing} />
        <div className="grid gap-4 lg:grid-cols-3">
          <div className="space-y-4 lg:col-span-2">
            <LatestAuditCard events={audit} />
          </div>
          <div className="space-y-4">
            <SchemaStatusCard status={migrations} />
            <TenantsByStatusCard tenants={counts.tenants} />
          </div>
        </div>
      </div>
    </>
  );
}

// The usage trend reads the most rows, so it streams in after the rest of the page.
async function UsageTrend({ staff }: { staff: StaffSession }) {
  const usage = await readDatabase(() => getDailyUsage({ actor: staff, days: 30 }));
  return usage.ok ? <UsageTrendCard usage={usage.data} /> : <DatabaseProblemPanel problem={usage.problem} />;
}
