import { requireStaffForRoute } from "@/lib/auth/route-guard";
import { databaseKey, jobStore, viewApplyJob } from "@/lib/migrations/console/job-store";
import { readMigrationSettings } from "@/lib/migrations/console/settings";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// What the migrations page polls while a drift check or an apply runs in the background. It only
// reads this process's job store: no database work, no side effects, so GET and no Origin check.
export async function GET(): Promise<Response> {
  const staff = await requireStaffForRoute("migrations.view");
  if (staff instanceof Response) return staff;
  const key = databaseKey(readMigrationSettings().databaseUrl);
  const drift = jobStore.drift.get(key);
  return Response.json(
    {
      // The report itself is rendered by the page once the check is done; polling needs only progress.
      drift: drift ? { id: drift.id, state: drift.state, progress: drift.progress, startedAt: drift.startedAt, finishedAt: drift.finishedAt } : null,
      apply: viewApplyJob(jobStore.apply.get(key)),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
