import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";

export type ExecutionHour = { hour: Date; total: number; failed: number };
export type ExecutionActivity = { hours: ExecutionHour[]; total: number; failed: number; errorRate: number | null; since: Date; until: Date };

const HOUR_MS = 3_600_000;

/** Executions per hour over the last 24 hours, with failures (failed or timed out) and the error rate. */
export async function getExecutionActivity(options: ReadOptions): Promise<ExecutionActivity> {
  assertPermission(options.actor, "tenants.view");
  const prisma = resolvePrisma(options);
  const until = options.now ?? new Date();
  const firstHour = Math.floor(until.getTime() / HOUR_MS) * HOUR_MS - 23 * HOUR_MS;
  const since = new Date(firstHour);
  const rows = await prisma.$queryRaw<{ hour: Date; total: number; failed: number }[]>`
    SELECT date_trunc('hour', created_at) AS hour, count(*)::int AS total,
      count(*) FILTER (WHERE status IN ('failed', 'timeout'))::int AS failed
    FROM executions WHERE created_at >= ${since} AND created_at <= ${until}
    GROUP BY 1`;
  const byHour = new Map(rows.map((row) => [new Date(row.hour).getTime(), row]));
  // Every hour appears, so a quiet hour reads as zero rather than a gap in the chart.
  const hours = Array.from({ length: 24 }, (_, index) => {
    const time = firstHour + index * HOUR_MS;
    const row = byHour.get(time);
    return { hour: new Date(time), total: row?.total ?? 0, failed: row?.failed ?? 0 };
  });
  const total = hours.reduce((sum, hour) => sum + hour.total, 0);
  const failed = hours.reduce((sum, hour) => sum + hour.failed, 0);
  return { hours, total, failed, errorRate: total === 0 ? null : failed / total, since, until };
}
