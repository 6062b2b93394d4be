import pg from "pg";
import type { MigrationAuditHook } from "./audit-hook";
import { compareSnapshots, type DriftFinding } from "./compare-snapshots";
import { PRISMA_MIGRATIONS_TABLE_DDL, readHistory, recordMigrationApplied } from "./history";
import { acquireMigrationLock, releaseMigrationLock } from "./lock";
import { readLocalMigrations } from "./migration-files";
import type { ProjectPaths } from "./project-files";
import { withScratchDatabase } from "./scratch-database";
import { snapshotSchema } from "./schema-snapshot";

/** A baseline refused for a reason people can act on. */
export class BaselineError extends Error {
  override name = "BaselineError";
}

/** How far the live schema is from the result of replaying the migrations up to this one. */
export type BaselineStep = { migration: string; differences: number };

export type BaselinePlan =
  | { ok: true; migrations: string[]; evidence: string[]; steps: BaselineStep[] }
  | { ok: false; reason: string; closest: { migration: string; findings: DriftFinding[] } | null; steps: BaselineStep[] };

/**
 * Finds the longest run of migrations, from the first, whose result matches the live schema
 * exactly (unmanaged tables aside). Those are the ones a baseline may mark as applied.
 */
export async function planBaseline(options: { databaseUrl: string; paths: ProjectPaths; unmanagedTables: string[] }): Promise<BaselinePlan> {
  const local = await readLocalMigrations(options.paths.migrationsDir);
  if (local.length === 0) return { ok: false, reason: "There are no migrations to mark as applied.", closest: null, steps: [] };
  const live = new pg.Client({ connectionString: options.databaseUrl, connectionTimeoutMillis: 5_000 });
  await live.connect();
  let liveSnapshot;
  try {
    const history = await readHistory(live);
    if (history.length > 0) {
      return { ok: false, reason: "This database already has a Prisma migration history; baseline is only for databases that have none.", closest: null, steps: [] };
    }
    liveSnapshot = await snapshotSchema(live);
  } finally {
    await live.end().catch(() => undefined);
  }
  const compareOptions = { unmanagedTables: options.unmanagedTables };
  const userTables = [...liveSnapshot.tables.keys()].filter((t) => !options.unmanagedTables.includes(t));
  if (userTables.length === 0) {
    return { ok: false, reason: "The database is empty: there is nothing to baseline. Run `npm run db:migrate` instead.", closest: null, steps: [] };
  }

  return withScratchDatabase(options.databaseUrl, async (scratchUrl) => {
    const scratch = new pg.Client({ connectionString: scratchUrl });
    await scratch.connect();
    try {
      let matched = 0;
      let closest: { migration: string; findings: DriftFinding[] } | null = null;
      const steps: BaselineStep[] = [];
      for (const [index, migration] of local.entries()) {
        await scratch.query(migration.sql);
        const findings = compareSnapshots(await snapshotSchema(scratch), liveSnapshot, compareOptions);
        steps.push({ migration: migration.name, differences: findings.length });
        if (findings.length === 0) matched = index + 1;
        else if (!closest || findings.length <= closest.findings.length) closest = { migration: migration.name, findings };
      }
      if (matched === 0) {
        const detail = closest ? ` The closest, ${closest.migration}, differs in ${plural(closest.findings.length, "way")}.` : "";
        return {
          ok: false,
          reason: `No run of migrations produces this database's schema, so none can be marked applied.${detail} Run \`npm run db:drift\` to see the differences and the SQL that would fix them.`,
          closest,
          steps,
        };
      }
      const migrations = local.slice(0, matched).map((m) => m.name);
      const unmanaged = [...liveSnapshot.tables.keys()].filter((t) => options.unmanagedTables.includes(t));
      const evidence = [
        `Replaying ${migrations.join(", ")} into an empty database gives exactly the live schema: ${userTables.length} tables with the same columns, indexes, foreign keys and enums.`,
        ...steps.map((step) =>
          step.differences === 0 ? `After ${step.migration}: no differences.` : `After ${step.migration}: ${plural(step.differences, "difference")}.`,
        ),
        ...(unmanaged.length > 0 ? [`Left alone as unmanaged: ${unmanaged.join(", ")}.`] : []),
        ...(matched < local.length ? [`${plural(local.length - matched, "later migration")} will stay pending and run with the next apply.`] : []),
      ];
      return { ok: true, migrations, evidence, steps };
    } finally {
      await scratch.end().catch(() => undefined);
    }
  });
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * Records migrations as applied without running them, as `prisma migrate resolve --applied` does,
 * all in one transaction together with the console's audit row when a hook is given.
 */
export async function markMigrationsApplied(options: {
  databaseUrl: string;
  paths: ProjectPaths;
  migrations: string[];
  audit?: MigrationAuditHook;
  evidence?: string[];
}): Promise<void> {
  const local = new Map((await readLocalMigrations(options.paths.migrationsDir)).map((m) => [m.name, m]));
  const client = new pg.Client({ connectionString: options.databaseUrl, connectionTimeoutMillis: 5_000, application_name: "agent-factory-console:migrations" });
  await client.connect();
  try {
    await acquireMigrationLock(client, { waitMs: 60_000 });
    await client.query("BEGIN");
    await client.query(PRISMA_MIGRATIONS_TABLE_DDL);
    // Checked again under the lock: two people baselining at once must not both record.
    if ((await readHistory(client)).length > 0) {
      throw new BaselineError("This database already has a Prisma migration history; baseline is only for databases that have none.");
    }
    for (const name of options.migrations) {
      const migration = local.get(name);
      if (!migration) throw new BaselineError(`Migration ${name} is not in this checkout, so it cannot be marked applied.`);
      await recordMigrationApplied(client, migration);
    }
    const last = options.migrations.at(-1);
    if (last) {
      await options.audit?.(client, { action: "migration.baseline", migration: last, details: { migrations: options.migrations, evidence: options.evidence ?? [] } });
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
