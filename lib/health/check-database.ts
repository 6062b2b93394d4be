import "server-only";
import { getPrisma } from "../db";
import { describeDatabaseError } from "../errors/describe-database-error";
import { errorLogLine } from "../errors/error-log-line";
import { withTimeout } from "./with-timeout";

export type DatabaseCheck =
  | { reachable: true; latencyMs: number }
  | { reachable: false; latencyMs: null; error: string };

export async function checkDatabase(options: { timeoutMs: number }): Promise<DatabaseCheck> {
  const started = performance.now();
  try {
    await withTimeout(getPrisma().$queryRaw`select 1`, options.timeoutMs, "select 1");
    return { reachable: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const problem = describeDatabaseError(error);
    console.error(`[health] database check failed (${problem.code}): ${errorLogLine(error)}`);
    return { reachable: false, latencyMs: null, error: problem.sentence };
  }
}
