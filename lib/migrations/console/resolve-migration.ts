import "server-only";
import type { CallOptions } from "../../domain/call-options";
import { assertPermission, parseInput } from "../../domain/call-options";
import { DomainError } from "../../domain/domain-error";
import { createMigrationAuditHook } from "../audit-hook";
import { MigrationLockBusyError } from "../lock";
import { ResolveError } from "../resolve";
import { resolveMigration } from "../service";
import type { MigrationStatus } from "../status";
import { runningApplyJob } from "./apply-job";
import { resolveMigrationSchema } from "./schemas";
import { readMigrationSettings, type MigrationSettings } from "./settings";

/** Settles a failed migration as `npm run db:resolve` does, with a `migration.resolve` audit row in the same transaction. */
export async function resolveFromConsole(options: CallOptions & { input: unknown; settings?: MigrationSettings }): Promise<{ name: string; resolution: "rolled_back" | "applied"; status: MigrationStatus }> {
  assertPermission(options.actor, "migrations.apply");
  const input = parseInput(resolveMigrationSchema, options.input);
  const settings = options.settings ?? readMigrationSettings();
  if (runningApplyJob(settings.databaseUrl)) throw new DomainError("conflict", "An apply is running on this database. Wait for it to finish.");
  try {
    const status = await resolveMigration({
      databaseUrl: settings.databaseUrl,
      paths: settings.paths,
      name: input.name,
      resolution: input.resolution,
      audit: createMigrationAuditHook({ actor: { type: "staff", id: options.actor.id, email: options.actor.email }, request: options.request }),
    });
    return { name: input.name, resolution: input.resolution, status };
  } catch (error) {
    if (error instanceof ResolveError || error instanceof MigrationLockBusyError) throw new DomainError("conflict", error.message);
    throw error;
  }
}
