import type { Metadata } from "next";
import { ApplyButton, type ApplyOffer } from "@/components/migrations/apply-dialog";
import { ApplyJobPanel } from "@/components/migrations/apply-job-panel";
import { BaselinePanel } from "@/components/migrations/baseline-panel";
import { DriftProgress } from "@/components/migrations/drift-progress";
import { DriftReportView } from "@/components/migrations/drift-report";
import { MigrationTable } from "@/components/migrations/migration-table";
import { RerunDriftButton } from "@/components/migrations/rerun-drift-button";
import { SummaryBanner } from "@/components/migrations/summary-banner";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { requireStaff } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import { readDatabase } from "@/lib/errors/read-database";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";
import { applyUnavailableReason, migrationsToApply } from "@/lib/migrations/apply-gate";
import { latestApplyJob } from "@/lib/migrations/console/apply-job";
import { ensureDriftCheck } from "@/lib/migrations/console/drift-job";
import { viewApplyJob, viewDriftJob, type ApplyJobView, type DriftJobView } from "@/lib/migrations/console/job-store";
import { readMigrationSettings, type MigrationSettings } from "@/lib/migrations/console/settings";
import { describeLockHolder } from "@/lib/migrations/lock-holder";
import { loadMigrationsPage, type MigrationsPageData } from "@/lib/migrations/page-data";

export const metadata: Metadata = { title: "Migrations" };
export const dynamic = "force-dynamic";

/** A finished apply stays on the page this long, so its outcome is seen after a reload. */
const RECENT_APPLY_MS = 15 * 60_000;

export default async function MigrationsPage() {
  const result = await readDatabase(async () => {
    const staff = await requireStaff("migrations.view");
    const settings = readMigrationSettings();
    const data = await loadMigrationsPage(settings);
    // The page starts the drift check itself (it only reads), so its progress shows at once.
    const drift = ensureDriftCheck({ ...settings, fingerprint: data.fingerprint, needsBaseline: data.status.summary.code === "not_managed" });
    const apply = latestApplyJob(settings.databaseUrl);
    return { canApply: can(staff.role, "migrations.apply"), settings, data, drift: viewDriftJob(drift)!, apply: viewApplyJob(apply ?? undefined) };
  });
  return (
    <>
      <PageHeader
        title="Migrations"
        description="Every migration in prisma/migrations and in this database with its true state, and how the live schema drifts from the migrations and the Prisma schema."
        actions={
          result.ok ? (
            <p className="text-xs text-zinc-500">
              Database <span className="font-mono text-zinc-800">{result.data.data.target.name}</span> on{" "}
              <span className="font-mono text-zinc-800">{result.data.data.target.host}</span>
            </p>
          ) : null
        }
      />
      {result.ok ? <MigrationsView {...result.data} /> : <DatabaseProblemPanel problem={result.problem} />}
    </>
  );
}

type ViewProps = { canApply: boolean; settings: MigrationSettings; data: MigrationsPageData; drift: DriftJobView; apply: ApplyJobView | null };

function MigrationsView({ canApply, settings, data, drift, apply }: ViewProps) {
  const { status } = data;
  // A finished apply is shown while the database is still as it left it, for a while.
  const recentApply =
    apply && (apply.state === "running" || (apply.fingerprintAfter === data.fingerprint && Date.now() - new Date(apply.finishedAt ?? apply.startedAt).getTime() < RECENT_APPLY_MS))
      ? apply
      : null;
  const pending = status.counts.pending + status.counts.rolled_back;
  return (
    <div className="space-y-4">
      <SummaryBanner
        status={status}
        action={<ApplyAction canApply={canApply} settings={settings} data={data} drift={drift} applying={apply?.state === "running"} />}
        note={canApply ? null : "You can read everything here. Only admins can apply, baseline or resolve migrations."}
      />
      {data.lockHolder && apply?.state !== "running" ? (
        <p role="alert" className="rounded-md bg-amber-50 px-4 py-2.5 text-[13px] text-amber-900 ring-1 ring-amber-200 ring-inset">
          Migrations are being changed right now: Prisma&apos;s migration lock is held by {describeLockHolder(data.lockHolder)}. Applying, baselining and
          resolving wait for it.
        </p>
      ) : null}
      {recentApply ? <ApplyJobPanel key={recentApply.id} initial={recentApply} /> : null}
      {status.summary.code === "not_managed" ? (
        <BaselinePanel plan={drift.baseline} checking={drift.state === "running"} canApply={canApply} databaseName={data.target.name} />
      ) : null}
      <Card>
        <div id="versions" className="scroll-mt-6">
          <CardHeader
            title="Versions"
            description="One row per migration, known locally, to the database, or both. Open a row for its SQL, and for its logs or its changes when it failed or was edited."
          />
          <MigrationTable rows={data.rows} canApply={canApply} />
        </div>
      </Card>
      <Card>
        <div id="drift" className="scroll-mt-6" data-checked-at={drift.finishedAt ?? ""}>
          <CardHeader
            title="Drift"
            description={
              drift.state === "running"
                ? "The live database against its applied migrations and against the Prisma schema, table by table."
                : `Checked ${formatUtcDateTime(drift.finishedAt ?? drift.startedAt)}${drift.report ? ` in ${(drift.report.durationMs / 1000).toFixed(1)} s` : ""}. The result is kept until the database, the migrations or the schema change.`
            }
            action={<RerunDriftButton disabled={drift.state === "running"} />}
          />
          {drift.state === "running" ? (
            <DriftProgress key={drift.id} initial={{ id: drift.id, state: drift.state, progress: drift.progress, startedAt: drift.startedAt, finishedAt: drift.finishedAt }} />
          ) : drift.report ? (
            <DriftReportView report={drift.report} pendingMigrations={pending} />
          ) : (
            <p role="alert" className="px-5 py-4 text-[13px] text-red-800">{drift.error ?? "The drift check did not finish."}</p>
          )}
        </div>
      </Card>
    </div>
  );
}

function ApplyAction({ canApply, settings, data, drift, applying }: { canApply: boolean; settings: MigrationSettings; data: MigrationsPageData; drift: DriftJobView; applying: boolean }) {
  const { status } = data;
  const migrations = migrationsToApply(status, false);
  const failed = status.migrations.find((m) => m.state === "failed" && m.local)?.name ?? null;
  if (!canApply || (migrations.length === 0 && !failed)) return null;
  // Not managed yet: the banner and the baseline panel below say what to do instead.
  if (status.summary.code === "not_managed") return null;
  const unavailable = applyUnavailableReason({ nodeEnv: settings.nodeEnv, allowInProduction: settings.allowApplyInProduction, status });
  if (unavailable) return <p className="max-w-sm text-xs text-zinc-600">{unavailable}</p>;
  if (applying) return <p className="text-xs text-zinc-600">An apply is running (below).</p>;
  const offer: ApplyOffer = {
    migrations,
    migrationsWithFailed: migrationsToApply(status, true),
    failed,
    historyDrift: drift.state === "done" && drift.fingerprint === data.fingerprint ? drift.report?.againstHistory?.findings.length ?? 0 : null,
    confirmName: settings.nodeEnv === "production" ? data.target.name : null,
    databaseName: data.target.name,
  };
  return <ApplyButton offer={offer} />;
}
