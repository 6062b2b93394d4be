import "server-only";
import type { ReadOptions } from "../../domain/call-options";
import { assertPermission, parseInput } from "../../domain/call-options";
import { readMigrationContext } from "./apply-context";
import { ensureDriftCheck } from "./drift-job";
import { viewDriftJob, type DriftJobView } from "./job-store";
import { startDriftCheckSchema } from "./schemas";
import { readMigrationSettings, type MigrationSettings } from "./settings";

/** Starts (or, with `rerun`, restarts) the background drift check. It reads; it changes nothing. */
export async function startDriftCheckFromConsole(options: ReadOptions & { input: unknown; settings?: MigrationSettings }): Promise<DriftJobView> {
  assertPermission(options.actor, "migrations.view");
  const input = parseInput(startDriftCheckSchema, options.input);
  const settings = options.settings ?? readMigrationSettings();
  const context = await readMigrationContext(settings);
  const job = ensureDriftCheck({
    ...settings,
    fingerprint: context.fingerprint,
    needsBaseline: context.status.summary.code === "not_managed",
    force: input.rerun,
  });
  return viewDriftJob(job)!;
}
