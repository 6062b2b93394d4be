import pg from "pg";
import { compareSnapshots, type DriftFinding } from "./compare-snapshots";
import { PRISMA_MIGRATIONS_TABLE_DDL, readHistory, recordMigrationApplied } from "./history";
import { acquireMigrationLock, releaseMigrationLock } from "./lock";
import { readLocalMigrations } from "./migration-files";
import type { ProjectPaths } from "./project-files";
import { withScratchDatabase } from "./scratch-database";
import { snapshotSchema } from "./schema-snapshot";

export type BaselinePlan =
  | { ok: true; migrations: string[]; evidence: string[] }
  | { ok: false; reason: string; closest: { migration: string; findings: DriftFinding[] } | null };

/**
 * Finds the longest run of migrations, from the first, whose result matches the live schema
 * exactly (unmanaged tables aside). Those are the ones a baseline may mark as applied.
 */
export async function planBaseline(options: { databaseUrl: string; paths: ProjectPaths; unmanagedTables: string[] }): Promise<BaselinePlan> {
  const local = await readLocalMigrations(options.paths.migrationsDir);
  if (local.length === 0) return { ok: false, reason: "There are no migrations to mark as applied.", closest: null };
  const live = new pg.Client({ connectionString: options.databaseUrl, connectionTimeoutMillis: 5_000 });
  await live.connect();
  let liveSnapshot;
  try {
    const history = await readHistory(live);
    if (history.length > 0) {
      return { ok: false, reason: "This database already has a Prisma migration history; baseline is only for databases that have none.", closest: null };
    }
    liveSnapshot = await snapshotSchema(live);
  } finally {
    await live.end().catch(() => undefined);
  }
  const compareOptions = { unmanagedTables: options.unmanagedTables };
  const userTables = [...liveSnapshot.tables.keys()].filter((t) => !options.unmanagedTables.includes(t));
  if (userTables.length === 0) {
    return { ok: false, reason: "The database is empty: there is nothing to baseline. Run `npm run db:migrate` instead.", closest: null };
  }

  return withScratchDatabase(options.databaseUrl, async (scratchUrl) => {
    const scratch = new pg.Client({ connectionString: scratchUrl });
    await scratch.connect();
    try {
      let matched = 0;
      let closest: { migration: string; findings: DriftFinding[] } | null = null;
      for (const [index, migration] of local.entries()) {
        await scratch.query(migration.sql);
        const findings = compareSnapshots(await snapshotSchema(scratch), liveSnapshot, compareOptions);
        if (findings.length === 0) matched = index + 1;
        else if (!closest || findings.length <= closest.findings.length) closest = { migration: migration.name, findings };
      }
      if (matched === 0) {
        const detail = closest ? ` The closest, ${closest.migration}, differs in ${closest.findings.length} way${closest.findings.length === 1 ? "" : "s"}.` : "";
        return {
          ok: false,
          reason: `No run of migrations produces this database's schema, so none can be marked applied.${detail} Run \`npm run db:drift\` to see the differences and the SQL that would fix them.`,
          closest,
        };
      }
      const migrations = local.slice(0, matched).map((m) => m.name);
      const evidence = [
        `Replaying ${migrations.join(", ")} into an empty database gives exactly the live schema: ${userTables.length} tables with the same columns, indexes, foreign keys and enums.`,
      ];
      return { ok: true, migrations, evidence };
    } finally {
      await scratch.end().catch(() => undefined);
    }
  });
}

/** Records migrations as applied without running them, as `prisma migrate resolve --applied` does. */
export async function markMigrationsApplied(options: { databaseUrl: string; paths: ProjectPaths; migrations: string[] }): Promise<void> {
  const local = new Map((await readLocalMigrations(options.paths.migrationsDir)).map((m) => [m.name, m]));
  const client = new pg.Client({ connectionString: options.databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await acquireMigrationLock(client, { waitMs: 60_000 });
    await client.query("BEGIN");
    await client.query(PRISMA_MIGRATIONS_TABLE_DDL);
    for (const name of options.migrations) {
      const migration = local.get(name);
      if (!migration) throw new Error(`Migration ${name} is not in ${options.paths.migrationsDir}.`);
      await recordMigrationApplied(client, migration);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await releaseMigrationLock(client).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
