import { randomUUID } from "node:crypto";
import type pg from "pg";
import { hasAuditTable, type MigrationAuditHook } from "./audit-hook";
import { describeDatabaseError } from "./database-errors";
import { APPLIED_SCRIPTS_TABLE_DDL, PRISMA_MIGRATIONS_TABLE_DDL, latestRowPerMigration, readHistory, recordAppliedScript } from "./history";
import { acquireMigrationLock, releaseMigrationLock, type LockHolder } from "./lock";
import type { LocalMigration } from "./migration-files";

export type ApplyEvent =
  | { type: "waiting-for-lock"; holder: LockHolder | null }
  | { type: "started"; name: string; index: number; total: number }
  | { type: "applied"; name: string; durationMs: number }
  | { type: "skipped"; name: string; reason: string }
  | { type: "failed"; name: string; message: string };

export type ApplyResult = { applied: string[]; failed: { name: string; message: string } | null };

export class MigrationBlockedError extends Error {
  override name = "MigrationBlockedError";
}

function isApplied(row: { finishedAt: Date | null; rolledBackAt: Date | null } | undefined): boolean {
  return Boolean(row && row.finishedAt && !row.rolledBackAt);
}

/**
 * Applies every migration that is not applied yet, oldest first, under Prisma's advisory lock.
 * Each migration runs whole, on one connection, in one transaction together with its
 * `_prisma_migrations` row, so a failure leaves nothing half-applied. The failure itself is
 * recorded the way Prisma records it: a row with no finished_at and the error in `logs`.
 */
export async function applyPendingMigrations(
  client: pg.ClientBase,
  localMigrations: LocalMigration[],
  options: { lockWaitMs?: number; onEvent?: (event: ApplyEvent) => void; audit?: MigrationAuditHook } = {},
): Promise<ApplyResult> {
  const emit = options.onEvent ?? (() => undefined);
  await acquireMigrationLock(client, { waitMs: options.lockWaitMs ?? 10 * 60_000, onWait: (holder) => emit({ type: "waiting-for-lock", holder }) });
  try {
    await client.query(PRISMA_MIGRATIONS_TABLE_DDL);
    await client.query(APPLIED_SCRIPTS_TABLE_DDL);
    const latest = latestRowPerMigration(await readHistory(client));
    const failed = [...latest.values()].find((row) => !row.finishedAt && !row.rolledBackAt);
    if (failed) {
      throw new MigrationBlockedError(
        `Migration ${failed.migrationName} failed: deploys are blocked until it is resolved. Mark it rolled back or applied first.`,
      );
    }
    const pending = localMigrations.filter((m) => !isApplied(latest.get(m.name)));
    const applied: string[] = [];
    for (const [index, migration] of pending.entries()) {
      emit({ type: "started", name: migration.name, index, total: pending.length });
      const outcome = await applyOne(client, migration, options.audit);
      if (outcome.kind === "skipped") {
        emit({ type: "skipped", name: migration.name, reason: "another runner applied it first" });
        continue;
      }
      if (outcome.kind === "failed") {
        emit({ type: "failed", name: migration.name, message: outcome.message });
        return { applied, failed: { name: migration.name, message: outcome.message } };
      }
      applied.push(migration.name);
      emit({ type: "applied", name: migration.name, durationMs: outcome.durationMs });
    }
    return { applied, failed: null };
  } finally {
    await releaseMigrationLock(client).catch(() => undefined);
  }
}

type ApplyOutcome = { kind: "applied"; durationMs: number } | { kind: "skipped" } | { kind: "failed"; message: string };

async function applyOne(client: pg.ClientBase, migration: LocalMigration, audit: MigrationAuditHook | undefined): Promise<ApplyOutcome> {
  const startedAt = new Date();
  const id = randomUUID();
  let auditing = false;
  await client.query("BEGIN");
  try {
    // Checked again inside the transaction: where sessions are shared (PGlite) the advisory lock
    // cannot tell two runners apart, but their transactions are still serialized.
    const { rows } = await client.query(
      `select finished_at, rolled_back_at from _prisma_migrations where migration_name = $1 order by started_at desc limit 1`,
      [migration.name],
    );
    if (rows[0] && isApplied({ finishedAt: rows[0].finished_at, rolledBackAt: rows[0].rolled_back_at })) {
      await client.query("COMMIT");
      return { kind: "skipped" };
    }
    await client.query(
      `insert into _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) values ($1, $2, $3, $4, 0)`,
      [id, migration.checksum, migration.name, startedAt],
    );
    // One simple-protocol query: the script runs whole, plpgsql bodies and all.
    await client.query(migration.sql);
    await client.query(
      `update _prisma_migrations set finished_at = clock_timestamp(), applied_steps_count = 1 where id = $1`,
      [id],
    );
    await recordAppliedScript(client, migration);
    const durationMs = Date.now() - startedAt.getTime();
    // Inside the migration's transaction: if the audit row cannot be written, nothing is applied.
    auditing = true;
    await audit?.(client, { action: "migration.apply", migration: migration.name, details: { outcome: "applied", checksum: migration.checksum, durationMs } });
    auditing = false;
    await client.query("COMMIT");
    return { kind: "applied", durationMs };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const message = auditing
      ? `The audit row could not be written, so the migration was rolled back.\n${describeDatabaseError(error)}`
      : describeDatabaseError(error, migration.sql);
    await recordFailure(client, { id, migration, startedAt, message }, audit);
    return { kind: "failed", message };
  }
}

/** Prisma's record of a failed attempt, and the console's audit row for it, in one transaction. */
async function recordFailure(
  client: pg.ClientBase,
  attempt: { id: string; migration: LocalMigration; startedAt: Date; message: string },
  audit: MigrationAuditHook | undefined,
): Promise<void> {
  const insert = () =>
    client.query(
      `insert into _prisma_migrations (id, checksum, migration_name, started_at, logs, applied_steps_count) values ($1, $2, $3, $4, $5, 0)`,
      [attempt.id, attempt.migration.checksum, attempt.migration.name, attempt.startedAt, attempt.message],
    );
  if (!audit) {
    await insert();
    return;
  }
  try {
    await client.query("BEGIN");
    await insert();
    // A first migration that fails leaves no audit table to write to; the failure row still counts.
    if (await hasAuditTable(client)) {
      await audit(client, { action: "migration.apply", migration: attempt.migration.name, details: { outcome: "failed", checksum: attempt.migration.checksum, error: attempt.message } });
    }
    await client.query("COMMIT");
  } catch {
    // The failure must be on record whatever happened to its audit row: Prisma blocks on it.
    await client.query("ROLLBACK").catch(() => undefined);
    await insert();
  }
}
