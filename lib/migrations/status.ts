import type pg from "pg";
import { readInventory, type DatabaseInventory } from "./database-inventory";
import { latestRowPerMigration, readHistory, hasMigrationsTable, type HistoryRow } from "./history";
import { normalizeLineEndings, sha256, type LocalMigration } from "./migration-files";

export type MigrationState = "applied" | "pending" | "failed" | "rolled_back" | "edited" | "missing_locally";

export type MigrationStatusEntry = {
  name: string;
  state: MigrationState;
  local: boolean;
  inDatabase: boolean;
  localChecksum: string | null;
  appliedChecksum: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  rolledBackAt: string | null;
  durationMs: number | null;
  logs: string | null;
  /** How many rows _prisma_migrations holds for this name (retries after failures add rows). */
  attempts: number;
};

export type StatusSummaryCode = "up_to_date" | "pending" | "failed" | "edited" | "missing_locally" | "not_managed" | "no_migrations";

export type MigrationStatus = {
  managed: boolean;
  inventory: DatabaseInventory;
  migrations: MigrationStatusEntry[];
  counts: Record<MigrationState, number>;
  summary: { code: StatusSummaryCode; level: "ok" | "warning" | "error"; sentence: string };
  /** True when nothing is pending, failed, edited or unknown: `db:status` exits 0. */
  clean: boolean;
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function classify(local: LocalMigration | undefined, row: HistoryRow | undefined): MigrationState {
  if (!row) return "pending";
  if (!local) return "missing_locally";
  if (row.rolledBackAt) return "rolled_back";
  if (!row.finishedAt) return "failed";
  // Line endings alone are not an edit: a checkout may turn LF into CRLF or back.
  const lf = normalizeLineEndings(local.sql);
  const sameText = [local.checksum, sha256(lf), sha256(lf.replace(/\n/g, "\r\n"))];
  const edited = !sameText.includes(row.checksum);
  return edited ? "edited" : "applied";
}

export function buildStatus(
  localMigrations: LocalMigration[],
  history: HistoryRow[],
  managed: boolean,
  inventory: DatabaseInventory,
): MigrationStatus {
  const latest = latestRowPerMigration(history);
  const attempts = new Map<string, number>();
  for (const row of history) attempts.set(row.migrationName, (attempts.get(row.migrationName) ?? 0) + 1);

  const localByName = new Map(localMigrations.map((m) => [m.name, m]));
  const names = [...new Set([...localByName.keys(), ...latest.keys()])].sort();
  const migrations = names.map((name): MigrationStatusEntry => {
    const local = localByName.get(name);
    const row = latest.get(name);
    const finished = row?.finishedAt ?? null;
    return {
      name,
      state: classify(local, row),
      local: Boolean(local),
      inDatabase: Boolean(row),
      localChecksum: local?.checksum ?? null,
      appliedChecksum: row?.checksum ?? null,
      startedAt: row?.startedAt.toISOString() ?? null,
      finishedAt: finished?.toISOString() ?? null,
      rolledBackAt: row?.rolledBackAt?.toISOString() ?? null,
      durationMs: row && finished ? finished.getTime() - row.startedAt.getTime() : null,
      logs: row?.logs ?? null,
      attempts: attempts.get(name) ?? 0,
    };
  });

  const counts: Record<MigrationState, number> = {
    applied: 0, pending: 0, failed: 0, rolled_back: 0, edited: 0, missing_locally: 0,
  };
  for (const m of migrations) counts[m.state] += 1;

  const summary = summarize(migrations, counts, managed, inventory);
  const clean = summary.code === "up_to_date" || summary.code === "no_migrations";
  return { managed, inventory, migrations, counts, summary, clean };
}

function summarize(
  migrations: MigrationStatusEntry[],
  counts: Record<MigrationState, number>,
  managed: boolean,
  inventory: DatabaseInventory,
): MigrationStatus["summary"] {
  const userTables = inventory.tables.filter((t) => t !== "alembic_version");
  if (!managed && inventory.tables.length > 0) {
    const alembic = inventory.alembicRevision ? ` and Alembic revision ${inventory.alembicRevision}` : "";
    return {
      code: "not_managed",
      level: "error",
      sentence: `This database is not managed by Prisma yet: it has ${plural(userTables.length, "table")}${alembic}. Check drift, then baseline it.`,
    };
  }
  const failed = migrations.find((m) => m.state === "failed");
  if (failed) {
    return { code: "failed", level: "error", sentence: `Migration ${failed.name} failed: deploys are blocked until it is resolved.` };
  }
  if (counts.edited > 0) {
    const names = migrations.filter((m) => m.state === "edited").map((m) => m.name).join(", ");
    return {
      code: "edited",
      level: "error",
      sentence: `${plural(counts.edited, "migration")} changed after being applied: ${names}. Restore the applied text and put the change in a new migration.`,
    };
  }
  if (counts.missing_locally > 0) {
    const names = migrations.filter((m) => m.state === "missing_locally").map((m) => m.name).join(", ");
    return {
      code: "missing_locally",
      level: "error",
      sentence: `The database has ${plural(counts.missing_locally, "migration")} that this checkout does not: ${names}. Pull the latest code before migrating.`,
    };
  }
  const toApply = counts.pending + counts.rolled_back;
  if (toApply > 0) {
    const empty = !managed ? " The database is empty: run `npm run db:migrate`." : " Run `npm run db:migrate`.";
    return { code: "pending", level: "warning", sentence: `${plural(toApply, "migration")} pending.${empty}` };
  }
  if (migrations.length === 0) {
    return { code: "no_migrations", level: "warning", sentence: "There are no migrations yet." };
  }
  return { code: "up_to_date", level: "ok", sentence: `Up to date: ${plural(counts.applied, "migration")} applied.` };
}

export async function readStatus(client: pg.ClientBase, localMigrations: LocalMigration[]): Promise<MigrationStatus> {
  const managed = await hasMigrationsTable(client);
  // One connection runs one query at a time; pg deprecates queueing them.
  const history = await readHistory(client);
  const inventory = await readInventory(client);
  return buildStatus(localMigrations, history, managed, inventory);
}
