import "server-only";
import { env } from "../env";
import { describeDatabaseError } from "../errors/describe-database-error";
import { errorLogLine } from "../errors/error-log-line";
import { getMigrationStatus } from "../migrations/service";
import { withTimeout } from "./with-timeout";

export type MigrationsCheck = {
  /** Null when the status could not be read. */
  pending: number | null;
  failed: number | null;
  clean: boolean;
  summary: string;
};

export async function checkMigrations(options: { timeoutMs: number }): Promise<MigrationsCheck> {
  try {
    const status = await withTimeout(
      getMigrationStatus({ databaseUrl: env().databaseUrl }),
      options.timeoutMs,
      "Reading the migration status",
    );
    return {
      // A rolled-back migration is applied again by the next `db:migrate`, so it counts as pending.
      pending: status.counts.pending + status.counts.rolled_back,
      failed: status.counts.failed,
      clean: status.clean,
      summary: status.summary.sentence,
    };
  } catch (error) {
    const problem = describeDatabaseError(error);
    console.error(`[health] migration status failed (${problem.code}): ${errorLogLine(error)}`);
    return { pending: null, failed: null, clean: false, summary: `The migration status could not be read. ${problem.sentence}` };
  }
}
