import { randomUUID } from "node:crypto";
import type pg from "pg";
import { APPLIED_SCRIPTS_TABLE_DDL, latestRowPerMigration, readHistory, recordAppliedScript } from "./history";
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
    if (resolution === "applied" && local) {
      await client.query(APPLIED_SCRIPTS_TABLE_DDL);
      await client.query(
        `insert into _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) values ($1, $2, $3, now(), now(), 0)`,
        [randomUUID(), local.checksum, name],
      );
      await recordAppliedScript(client, local);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await releaseMigrationLock(client).catch(() => undefined);
  }
}
