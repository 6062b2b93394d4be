import { requireStaffForRoute } from "@/lib/auth/route-guard";
import { env } from "@/lib/env";
import { describeDatabaseError } from "@/lib/errors/describe-database-error";
import { errorLogLine } from "@/lib/errors/error-log-line";
import { checkOperationsToken, statusResponse, unauthorizedResponse, unavailableResponse } from "@/lib/migrations/console/status-endpoint";
import { getMigrationStatus } from "@/lib/migrations/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// For CI and dashboards: exactly what `npm run db:status -- --json` prints. A caller shows either
// a staff session that may view migrations, or the read-only operations token. Only GET: it
// changes nothing, so it needs no Origin check.
export async function GET(request: Request): Promise<Response> {
  const token = checkOperationsToken(request.headers.get("authorization"), env().migrations.statusToken);
  if (token.kind === "invalid") return unauthorizedResponse(token.sentence);
  if (token.kind === "none") {
    const staff = await requireStaffForRoute("migrations.view");
    if (staff instanceof Response) return staff;
  }
  try {
    return statusResponse(await getMigrationStatus({ databaseUrl: env().databaseUrl }));
  } catch (error) {
    const problem = describeDatabaseError(error);
    console.error(`[migrations] status for the API failed (${problem.code}): ${errorLogLine(error)}`);
    return unavailableResponse(problem.code === "unknown" ? "The migration status could not be read. The details are in the server log." : problem.sentence);
  }
}
