import type { Metadata } from "next";
import { MigrationSummaryBadge } from "@/components/migrations/migration-badges";
import { MigrationCounts } from "@/components/migrations/migration-counts";
import { MigrationTable } from "@/components/migrations/migration-table";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { requireStaff } from "@/lib/auth/current-staff";
import { env } from "@/lib/env";
import { readDatabase } from "@/lib/errors/read-database";
import { getMigrationStatus } from "@/lib/migrations/service";
import type { MigrationStatus } from "@/lib/migrations/status";

export const metadata: Metadata = { title: "Migrations" };
export const dynamic = "force-dynamic";

export default async function MigrationsPage() {
  const result = await readDatabase(async () => {
    await requireStaff("migrations.view");
    return getMigrationStatus({ databaseUrl: env().databaseUrl });
  });
  return (
    <>
      <PageHeader
        title="Migrations"
        description="The schema changes in prisma/migrations, and which of them this database has applied."
      />
      {result.ok ? <MigrationDetails status={result.data} /> : <DatabaseProblemPanel problem={result.problem} />}
    </>
  );
}

function MigrationDetails({ status }: { status: MigrationStatus }) {
  return (
    <div className="space-y-4">
      <Card>
        <div className="flex flex-wrap items-start justify-between gap-3 px-5 py-4">
          <div className="min-w-0">
            <h2 className="text-[13px] font-semibold text-zinc-900">Status</h2>
            <p className="mt-1 text-[13px] text-zinc-700">{status.summary.sentence}</p>
          </div>
          <MigrationSummaryBadge summary={status.summary} />
        </div>
        <MigrationCounts counts={status.counts} />
      </Card>
      <Card>
        <CardHeader
          title="History"
          description={
            <>
              Apply pending migrations with <Code>npm run db:migrate</Code>; compare the database with the schema with{" "}
              <Code>npm run db:drift</Code>.
            </>
          }
        />
        <MigrationTable migrations={status.migrations} />
      </Card>
    </div>
  );
}

function Code({ children }: { children: string }) {
  return <code className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-xs text-zinc-800">{children}</code>;
}
