import { randomUUID } from "node:crypto";
import type pg from "pg";

// Prisma's own bookkeeping table, created exactly as Prisma creates it, so that the Prisma CLI,
// wherever it can run, and the console always agree about what is applied.
export const PRISMA_MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

// The console's own companion table: the text of each migration as it was applied, so an edited
// migration can be shown as a diff. Prisma ignores it; drift checks skip every "_"-prefixed
// bookkeeping table.
/** Bookkeeping tables that are neither schema nor drift. */
export const BOOKKEEPING_TABLES = ["_prisma_migrations", "_console_migration_scripts"];

export const APPLIED_SCRIPTS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_console_migration_scripts" (
    "checksum"        VARCHAR(64) PRIMARY KEY,
    "migration_name"  VARCHAR(255) NOT NULL,
    "script"          TEXT NOT NULL,
    "recorded_at"     TIMESTAMPTZ NOT NULL DEFAULT now()
)`;

export async function recordAppliedScript(client: pg.ClientBase, migration: { name: string; checksum: string; sql: string }): Promise<void> {
  await client.query(
    `insert into _console_migration_scripts (checksum, migration_name, script) values ($1, $2, $3) on conflict (checksum) do nothing`,
    [migration.checksum, migration.name, migration.sql],
  );
}

/** Records a migration as applied without running it, as `prisma migrate resolve --applied` does. */
export async function recordMigrationApplied(client: pg.ClientBase, migration: { name: string; checksum: string; sql: string }): Promise<void> {
  await client.query(APPLIED_SCRIPTS_TABLE_DDL);
  await client.query(
    `insert into _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) values ($1, $2, $3, now(), now(), 0)`,
    [randomUUID(), migration.checksum, migration.name],
  );
  await recordAppliedScript(client, migration);
}

/** The migration's text as it was when applied, if the console applied or baselined it. */
export async function readAppliedScript(client: pg.ClientBase, checksum: string): Promise<string | null> {
  const { rows } = await client.query<{ exists: boolean }>(`select to_regclass('public._console_migration_scripts') is not null as exists`);
  if (!rows[0]?.exists) return null;
  const result = await client.query<{ script: string }>(`select script from _console_migration_scripts where checksum = $1`, [checksum]);
  return result.rows[0]?.script ?? null;
}

/** The key Prisma Migrate takes with pg_advisory_lock while it changes the database. */
export const PRISMA_ADVISORY_LOCK_KEY = 72707369;

export type HistoryRow = {
  id: string;
  checksum: string;
  migrationName: string;
  startedAt: Date;
  finishedAt: Date | null;
  rolledBackAt: Date | null;
  logs: string | null;
  appliedStepsCount: number;
};

export async function hasMigrationsTable(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ exists: boolean }>(
    `select to_regclass('public._prisma_migrations') is not null as exists`,
  );
  return rows[0]?.exists ?? false;
}

/** Every row, oldest first. The effective state of a migration is its latest row. */
export async function readHistory(client: pg.ClientBase): Promise<HistoryRow[]> {
  if (!(await hasMigrationsTable(client))) return [];
  const { rows } = await client.query(
    `select id, checksum, migration_name, started_at, finished_at, rolled_back_at, logs, applied_steps_count
       from _prisma_migrations order by started_at asc, migration_name asc`,
  );
  return rows.map((row) => ({
    id: row.id,
    checksum: row.checksum,
    migrationName: row.migration_name,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    rolledBackAt: row.rolled_back_at,
    logs: row.logs,
    appliedStepsCount: row.applied_steps_count,
  }));
}

export function latestRowPerMigration(rows: HistoryRow[]): Map<string, HistoryRow> {
  const latest = new Map<string, HistoryRow>();
  for (const row of rows) latest.set(row.migrationName, row);
  return latest;
}
