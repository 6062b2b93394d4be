import type pg from "pg";
import type { MigrationAuditHook } from "./audit-hook";
import { latestRowPerMigration, readHistory, recordMigrationApplied } from "./history";
import { acquireMigrationLock, releaseMigrationLock } from "./lock";
import type { LocalMigration } from "./migration-files";

export type Resolution = "rolled_back" | "applied";

export class ResolveError extends Error {
  override name = "ResolveError";
}

/**
 * Settles a failed migration the way `prisma migrate resolve` does. "rolled_back": its changes
 * are gone (the console's runner rolls a failure back), so the next `db:migrate` runs it again.
 * "applied": someone finished it by hand; its row is closed and a new, applied row recorded.
 */
export async function resolveFailedMigration(
  client: pg.ClientBase,
  migrations: LocalMigration[],
  name: string,
  resolution: Resolution,
  options: { audit?: MigrationAuditHook } = {},
): Promise<void> {
  await acquireMigrationLock(client, { waitMs: 60_000 });
  try {
    const row = latestRowPerMigration(await readHistory(client)).get(name);
    if (!row || row.finishedAt || row.rolledBackAt) {
      throw new ResolveError(`Migration ${name} is not failed, so there is nothing to resolve.`);
    }
    const local = migrations.find((m) => m.name === name);
    if (resolution === "applied" && !local) {
      throw new ResolveError(`Migration ${name} is not in this checkout, so it cannot be recorded as applied.`);
    }
    await client.query("BEGIN");
    await client.query(`update _prisma_migrations set rolled_back_at = now() where id = $1`, [row.id]);
    if (resolution === "applied" && local) await recordMigrationApplied(client, local);
    await options.audit?.(client, {
      action: "migration.resolve",
      migration: name,
      details: { resolution, failedAttemptStartedAt: row.startedAt.toISOString(), error: row.logs },
    });
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await releaseMigrationLock(client).catch(() => undefined);
  }
}
