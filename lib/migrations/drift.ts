import pg from "pg";
import { compareSnapshots, type DriftFinding } from "./compare-snapshots";
import { classifyFixStatements, type FixStatement } from "./fix-statements";
import { BOOKKEEPING_TABLES, hasMigrationsTable, latestRowPerMigration, readHistory } from "./history";
import { readLocalMigrations, type LocalMigration } from "./migration-files";
import { readSchemaFiles, type ProjectPaths } from "./project-files";
import { createScratchDatabase } from "./scratch-database";
import { snapshotSchema, type SchemaSnapshot } from "./schema-snapshot";
import { diffDatabaseToSchema, schemaCreationSql } from "./schema-sql";

export type DriftReport = {
  checkedAt: string;
  durationMs: number;
  managed: boolean;
  /** Tables present in the database that the schema leaves alone on purpose. */
  unmanagedTables: string[];
  /** Live database vs the Prisma schema. */
  againstSchema: { findings: DriftFinding[]; fixSql: string; fixStatements: FixStatement[] };
  /** Live database vs its applied migrations; null when Prisma does not manage it yet. */
  againstHistory: { appliedMigrations: number; findings: DriftFinding[] } | null;
  /** Schema changes that no migration holds yet (`npm run db:new` makes one). */
  unmigratedSchemaChanges: DriftFinding[];
  hasDrift: boolean;
};

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function resetScratch(client: pg.Client): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
}

async function snapshotAfter(client: pg.Client, scripts: string[]): Promise<SchemaSnapshot> {
  await resetScratch(client);
  for (const sql of scripts) await client.query(sql);
  return snapshotSchema(client);
}

function appliedInOrder(local: LocalMigration[], latest: Map<string, { finishedAt: Date | null; rolledBackAt: Date | null }>): LocalMigration[] {
  return local.filter((m) => {
    const row = latest.get(m.name);
    return row && row.finishedAt && !row.rolledBackAt;
  });
}

/** Where a running check is, for a progress bar: step `step` of `total`. */
export type DriftProgress = { step: number; total: number; label: string };

export const DRIFT_STEPS = [
  "Reading the live database",
  "Building the Prisma schema in a scratch database",
  "Replaying the migrations in the scratch database",
  "Comparing table by table",
  "Writing the fix SQL and weighing it against live row counts",
] as const;

/**
 * Compares the live database with the Prisma schema and with its own migration history, using
 * one scratch database for the expected shapes. Changes nothing in the live database.
 */
export async function checkDrift(options: {
  databaseUrl: string;
  paths: ProjectPaths;
  unmanagedTables: string[];
  onProgress?: (progress: DriftProgress) => void;
}): Promise<DriftReport> {
  const started = Date.now();
  const progress = (step: number) => options.onProgress?.({ step, total: DRIFT_STEPS.length, label: DRIFT_STEPS[step - 1]! });
  progress(1);
  const [schemaFiles, local] = await Promise.all([readSchemaFiles(options.paths), readLocalMigrations(options.paths.migrationsDir)]);
  const live = await withClient(options.databaseUrl, async (client) => {
    const managed = await hasMigrationsTable(client);
    const latest = latestRowPerMigration(await readHistory(client));
    return { managed, snapshot: await snapshotSchema(client), applied: appliedInOrder(local, latest) };
  });

  progress(2);
  // The engine and CREATE DATABASE both take a while; neither needs the other.
  const [createSql, scratch] = await Promise.all([
    schemaCreationSql(schemaFiles, options.databaseUrl),
    createScratchDatabase(options.databaseUrl),
  ]);
  let dropping: Promise<void> | null = null;
  try {
    const expected = await withClient(scratch.url, async (client) => {
      const schema = await snapshotAfter(client, [createSql]);
      progress(3);
      const allMigrations = await snapshotAfter(client, local.map((m) => m.sql));
      // Usually every local migration is applied: the history's shape is then the one just built.
      const appliedAll = live.applied.length === local.length;
      const applied = !live.managed ? null : appliedAll ? allMigrations : await snapshotAfter(client, live.applied.map((m) => m.sql));
      return { schema, applied, allMigrations };
    });
    // Dropping a database takes a checkpoint; let it run while the rest is worked out.
    dropping = scratch.drop().catch(() => undefined);

    progress(4);
    const unmanagedTables = [...live.snapshot.tables.keys()].filter((t) => options.unmanagedTables.includes(t));
    const compareOptions = { unmanagedTables: options.unmanagedTables };
    const schemaFindings = compareSnapshots(expected.schema, live.snapshot, compareOptions);
    const againstHistory = expected.applied
      ? { appliedMigrations: live.applied.length, findings: compareSnapshots(expected.applied, live.snapshot, compareOptions) }
      : null;
    const unmigratedSchemaChanges = compareSnapshots(expected.schema, expected.allMigrations);

    progress(5);
    const fixSql = schemaFindings.length === 0 ? "" : await diffDatabaseToSchema({
      databaseUrl: options.databaseUrl,
      schemaFiles,
      rootDir: options.paths.rootDir,
      script: true,
      externalTables: [...options.unmanagedTables, ...BOOKKEEPING_TABLES],
    });
    const fixStatements = fixSql
      ? await withClient(options.databaseUrl, (client) => classifyFixStatements(client, fixSql, live.snapshot))
      : [];

    return {
      checkedAt: new Date().toISOString(),
      durationMs: Date.now() - started,
      managed: live.managed,
      unmanagedTables,
      againstSchema: { findings: schemaFindings, fixSql, fixStatements },
      againstHistory,
      unmigratedSchemaChanges,
      hasDrift: schemaFindings.length > 0 || (againstHistory?.findings.length ?? 0) > 0,
    };
  } finally {
    await (dropping ?? scratch.drop().catch(() => undefined));
  }
}
