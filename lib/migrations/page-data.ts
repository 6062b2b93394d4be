import { createHash } from "node:crypto";
import type pg from "pg";
import { readConsoleActivity, type ConsoleActivity } from "./console-activity";
import { describeDatabaseTarget, type DatabaseTargetInfo } from "./database-target";
import { readHistory } from "./history";
import { findLockHolder, type LockHolder } from "./lock";
import { readLocalMigrations, type LocalMigration } from "./migration-files";
import { readSchemaFiles, type ProjectPaths } from "./project-files";
import { snapshotSchema } from "./schema-snapshot";
import { withMigrationClient } from "./service";
import { readStatus, type MigrationStatus, type MigrationStatusEntry } from "./status";
import { diffLines, toHunks, type DiffHunk } from "./text-diff";

// Everything the migrations page shows, read in one go. `status` is exactly what
// `npm run db:status -- --json` prints; the rest adds what only a page needs.

export type MigrationRow = MigrationStatusEntry & {
  /** The migration's SQL: the local file, or the applied text when only the database has it. */
  sql: string | null;
  /** For an edited migration: the text as applied, when the console kept a copy. */
  appliedSql: string | null;
  diff: DiffHunk[] | null;
  /** The latest thing done to it from the console, from the audit trail. */
  console: ConsoleActivity | null;
};

export type MigrationsPageData = {
  status: MigrationStatus;
  rows: MigrationRow[];
  target: DatabaseTargetInfo;
  lockHolder: LockHolder | null;
  /** Changes whenever the schema, the history, the migrations or the Prisma schema change. */
  fingerprint: string;
};

export type PageDataOptions = { databaseUrl: string; paths: ProjectPaths; unmanagedTables: string[] };

export async function loadMigrationsPage(options: PageDataOptions): Promise<MigrationsPageData> {
  const local = await readLocalMigrations(options.paths.migrationsDir);
  return withMigrationClient(options.databaseUrl, async (client) => {
    const status = await readStatus(client, local);
    // One connection runs one query at a time.
    const activity = await readConsoleActivity(client);
    const lockHolder = await findLockHolder(client);
    const fingerprint = await readFingerprint(client, local, options);
    const wanted = status.migrations.filter((m) => (m.state === "edited" || !m.local) && m.appliedChecksum).map((m) => m.appliedChecksum!);
    const applied = await readAppliedScripts(client, wanted);
    const localByName = new Map(local.map((m) => [m.name, m]));
    const rows = status.migrations.map((entry): MigrationRow => {
      const file = localByName.get(entry.name);
      const appliedSql = entry.appliedChecksum ? applied.get(entry.appliedChecksum) ?? null : null;
      return {
        ...entry,
        sql: file?.sql ?? appliedSql,
        appliedSql: entry.state === "edited" ? appliedSql : null,
        diff: entry.state === "edited" && appliedSql !== null && file ? toHunks(diffLines(appliedSql, file.sql)) : null,
        console: activity.get(entry.name) ?? null,
      };
    });
    return { status, rows, target: describeDatabaseTarget(options.databaseUrl), lockHolder, fingerprint };
  });
}

async function readAppliedScripts(client: pg.ClientBase, checksums: string[]): Promise<Map<string, string>> {
  const scripts = new Map<string, string>();
  if (checksums.length === 0) return scripts;
  const { rows } = await client.query<{ exists: boolean }>(`select to_regclass('public._console_migration_scripts') is not null as exists`);
  if (!rows[0]?.exists) return scripts;
  const result = await client.query<{ checksum: string; script: string }>(
    `select checksum, script from _console_migration_scripts where checksum = any($1::text[])`,
    [checksums],
  );
  for (const row of result.rows) scripts.set(row.checksum, row.script);
  return scripts;
}

/**
 * A hash of everything a drift check depends on: the live catalog, the migration history, the
 * local migrations, the Prisma schema and the unmanaged-table list. A cached check whose
 * fingerprint still matches is still true. (Row counts, which only weigh risks, are not in it.)
 */
export async function readFingerprint(client: pg.ClientBase, local: LocalMigration[], options: PageDataOptions): Promise<string> {
  const schemaFiles = await readSchemaFiles(options.paths);
  const snapshot = await snapshotSchema(client);
  const history = await readHistory(client);
  const tables = [...snapshot.tables.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((t) => ({
      name: t.name,
      columns: [...t.columns.values()].sort((a, b) => a.position - b.position),
      indexes: t.indexes.map((i) => i.signature).sort(),
      foreignKeys: t.foreignKeys.map((f) => JSON.stringify(f)).sort(),
    }));
  const enums = [...snapshot.enums.entries()].sort(([a], [b]) => a.localeCompare(b));
  const rows = history.map((r) => [r.id, r.checksum, r.finishedAt?.toISOString() ?? null, r.rolledBackAt?.toISOString() ?? null]);
  const payload = JSON.stringify({
    tables,
    enums,
    rows,
    local: local.map((m) => [m.name, m.checksum]),
    schema: schemaFiles.map((f) => f.content),
    unmanaged: [...options.unmanagedTables].sort(),
  });
  return createHash("sha256").update(payload).digest("hex");
}

/** The fingerprint alone, for a check that must know whether a cached drift report still holds. */
export async function fingerprintDatabase(options: PageDataOptions): Promise<string> {
  const local = await readLocalMigrations(options.paths.migrationsDir);
  return withMigrationClient(options.databaseUrl, (client) => readFingerprint(client, local, options));
}
