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
