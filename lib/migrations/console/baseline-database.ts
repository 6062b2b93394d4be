import "server-only";
import type { CallOptions } from "../../domain/call-options";
import { assertPermission, parseInput } from "../../domain/call-options";
import { DomainError } from "../../domain/domain-error";
import { createMigrationAuditHook } from "../audit-hook";
import { BaselineError, markMigrationsApplied } from "../baseline";
import { readMigrationContext } from "./apply-context";
import { runningApplyJob } from "./apply-job";
import { freshDriftJob } from "./drift-job";
import { baselineSchema } from "./schemas";
import { readMigrationSettings, type MigrationSettings } from "./settings";

/**
 * Records the migrations whose replay matches the live schema as applied, in one transaction with
 * one `migration.baseline` audit row. The plan is worked out again here: what the admin saw must
 * still be what the database shows.
 */
export async function baselineFromConsole(options: CallOptions & { input: unknown; settings?: MigrationSettings }): Promise<{ migrations: string[] }> {
  assertPermission(options.actor, "migrations.apply");
  const input = parseInput(baselineSchema, options.input);
  const settings = options.settings ?? readMigrationSettings();
  if (runningApplyJob(settings.databaseUrl)) throw new DomainError("conflict", "An apply is running on this database. Wait for it to finish.");

  const context = await readMigrationContext(settings);
  if (context.status.summary.code !== "not_managed") {
    throw new DomainError("conflict", "This database already has a Prisma migration history (or no tables): baseline is only for an existing database that Prisma does not manage yet.");
  }
  const drift = await freshDriftJob({ ...settings, fingerprint: context.fingerprint, needsBaseline: true });
  const plan = drift.baseline;
  if (!plan) throw new DomainError("conflict", drift.error ?? "The baseline could not be worked out. Re-run the drift check.");
  if (!plan.ok) throw new DomainError("conflict", plan.reason);
  if (plan.migrations.join(",") !== input.migrations.join(",")) {
    throw new DomainError("conflict", `The database changed since this page loaded: the migrations that match are now ${plan.migrations.join(", ")}. Review the evidence and try again.`);
  }
  try {
    await markMigrationsApplied({
      databaseUrl: settings.databaseUrl,
      paths: settings.paths,
      migrations: plan.migrations,
      evidence: plan.evidence,
      audit: createMigrationAuditHook({ actor: { type: "staff", id: options.actor.id, email: options.actor.email }, request: options.request }),
    });
  } catch (error) {
    if (error instanceof BaselineError) throw new DomainError("conflict", error.message);
    throw error;
  }
  return { migrations: plan.migrations };
}
