import "server-only";
import type { CallOptions } from "../../domain/call-options";
import { assertPermission, parseInput } from "../../domain/call-options";
import { DomainError } from "../../domain/domain-error";
import { decideApply } from "../apply-gate";
import { describeDatabaseTarget } from "../database-target";
import { describeLockHolder } from "../lock";
import { readMigrationContext } from "./apply-context";
import { runningApplyJob, startApplyJob } from "./apply-job";
import { freshDriftJob } from "./drift-job";
import { viewApplyJob, type ApplyJobView } from "./job-store";
import { applyMigrationsSchema } from "./schemas";
import { readMigrationSettings, type MigrationSettings } from "./settings";

/**
 * Starts applying the pending migrations from the page, after every check the page showed:
 * production switch and typed database name, not managed, failed, drift against the history,
 * the lock, and that the list is still the one the admin confirmed.
 */
export async function startApplyFromConsole(options: CallOptions & { input: unknown; settings?: MigrationSettings; lockWaitMs?: number }): Promise<ApplyJobView> {
  assertPermission(options.actor, "migrations.apply");
  const input = parseInput(applyMigrationsSchema, options.input);
  const settings = options.settings ?? readMigrationSettings();

  const running = runningApplyJob(settings.databaseUrl);
  if (running) {
    throw new DomainError("conflict", `An apply started by ${running.startedBy.name} is still running. Wait for it to finish.`);
  }
  const context = await readMigrationContext(settings);
  if (context.lockHolder) {
    throw new DomainError("conflict", `Migrations are being changed right now: the lock is held by ${describeLockHolder(context.lockHolder)}. Try again when it has finished.`);
  }

  const decide = (historyDrift: number) => {
    const decision = decideApply({
      nodeEnv: settings.nodeEnv,
      allowInProduction: settings.allowApplyInProduction,
      databaseName: describeDatabaseTarget(settings.databaseUrl).name,
      status: context.status,
      historyDrift,
      request: input,
    });
    if (!decision.ok) throw new DomainError(decision.status === 400 ? "invalid_input" : "conflict", decision.sentence, { fieldErrors: decision.fieldErrors });
    return decision;
  };
  // Everything that needs no drift check is refused first, at once.
  let decision = decide(0);
  if (context.status.managed && context.status.counts.applied + context.status.counts.edited > 0) {
    const drift = await freshDriftJob({ ...settings, fingerprint: context.fingerprint, needsBaseline: false });
    if (drift.state === "failed" || !drift.report) {
      throw new DomainError("conflict", `${drift.error ?? "The drift check did not finish."} Drift cannot be ruled out, so nothing was applied. Re-run the drift check first.`);
    }
    decision = decide(drift.report.againstHistory?.findings.length ?? 0);
  }
  const job = startApplyJob({
    databaseUrl: settings.databaseUrl,
    paths: settings.paths,
    unmanagedTables: settings.unmanagedTables,
    actor: options.actor,
    request: options.request,
    migrations: decision.migrations,
    resolveFirst: decision.resolveFirst,
    lockWaitMs: options.lockWaitMs,
  });
  return viewApplyJob(job)!;
}
