import type { Metadata } from "next";
import { SchemaStatusCard } from "@/components/overview/schema-status-card";
import { StatCard } from "@/components/overview/stat-card";
import { TenantsByStatusCard } from "@/components/overview/tenants-by-status-card";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { requireStaff } from "@/lib/auth/current-staff";
import { env } from "@/lib/env";
import { readDatabase } from "@/lib/errors/read-database";
import { formatCount } from "@/lib/format/format-count";
import { getMigrationStatus } from "@/lib/migrations/service";
import type { MigrationStatus } from "@/lib/migrations/status";
import { getOverviewCounts, type OverviewCounts } from "@/lib/overview/get-overview-counts";

export const metadata: Metadata = { title: "Overview" };
export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const result = await readDatabase(async () => {
    await requireStaff("console.view");
    return Promise.all([getOverviewCounts(), getMigrationStatus({ databaseUrl: env().databaseUrl })]);
  });

  return (
    <>
      <PageHeader title="Overview" description="Figures read from the Agent Factory database when this page loaded." />
      {result.ok ? <OverviewFigures counts={result.data[0]} migrationStatus={result.data[1]} /> : <DatabaseProblemPanel problem={result.problem} />}
    </>
  );
}

function OverviewFigures({ counts, migrationStatus }: { counts: OverviewCounts; migrationStatus: MigrationStatus }) {
  const { byStatus } = counts.tenants;
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <StatCard
          label="Tenants"
          value={counts.tenants.total}
          detail={`${formatCount(byStatus.active)} active · ${formatCount(byStatus.trial)} on trial`}
        />
        <StatCard label="Active subscriptions" value={counts.activeSubscriptions} detail="Across all plans" />
        <StatCard label="Executions" value={counts.executionsLast24h} detail="Created in the last 24 hours" />
        <StatCard label="Audit events" value={counts.auditEventsLast24h} detail="Recorded in the last 24 hours" />
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <TenantsByStatusCard tenants={counts.tenants} />
        </div>
        <SchemaStatusCard status={migrationStatus} />
      </div>
    </div>
  );
}
