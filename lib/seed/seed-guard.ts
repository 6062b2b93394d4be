import type pg from "pg";
import { DATA_TABLES } from "./table-columns";
import { SeedError } from "./seed-errors";

// Checks before writing: the schema exists, nobody else is seeding, and the tables are empty
// unless a reset was asked for. A reset empties only the console's data tables.

/** One advisory lock key for every kind of seed, so two seeds never interleave. */
export const SEED_LOCK_KEY_SQL = "hashtext('agent-factory-console:seed')";

export async function lockSeed(client: pg.ClientBase): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY_SQL})`);
}

export async function requireSchema(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ name: string; present: boolean }>(
    "SELECT name, to_regclass(format('public.%I', name)) IS NOT NULL AS present FROM unnest($1::text[]) AS name",
    [DATA_TABLES],
  );
  const missing = rows.filter((r) => !r.present).map((r) => r.name);
  if (missing.length === DATA_TABLES.length) {
    throw new SeedError("The database has no tables yet: run `npm run db:migrate` first.");
  }
  if (missing.length > 0) {
    throw new SeedError(`The database is missing the tables ${missing.join(", ")}: run \`npm run db:migrate\` first.`);
  }
}

export async function countRows(client: pg.ClientBase): Promise<Record<string, number>> {
  const selects = DATA_TABLES.map((t) => `SELECT '${t}' AS name, count(*)::bigint AS rows FROM "${t}"`).join(" UNION ALL ");
  const { rows } = await client.query<{ name: string; rows: string }>(selects);
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.rows)]));
}

async function describeExistingData(client: pg.ClientBase): Promise<string | null> {
  const selects = DATA_TABLES.map((t) => `SELECT '${t}' AS name, EXISTS (SELECT 1 FROM "${t}") AS has_rows`).join(" UNION ALL ");
  const { rows } = await client.query<{ name: string; has_rows: boolean }>(selects);
  const filled = rows.filter((r) => r.has_rows).map((r) => r.name);
  if (filled.length === 0) return null;
  const { rows: tenants } = await client.query<{ n: string }>('SELECT count(*) AS n FROM "tenants"');
  const tenantCount = Number(tenants[0]!.n);
  return tenantCount > 0 ? `${tenantCount.toLocaleString("en-US")} tenants` : `rows in ${filled.join(", ")}`;
}

/** Empties the data tables when `reset` is set; otherwise refuses to touch a database with data. */
export async function prepareTables(client: pg.ClientBase, reset: boolean): Promise<void> {
  if (reset) {
    await client.query(`TRUNCATE ${DATA_TABLES.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
    return;
  }
  const existing = await describeExistingData(client);
  if (existing) {
    throw new SeedError(
      `The database already holds ${existing}; the seed only fills an empty database. Run it with --reset to delete the console's data and seed again.`,
    );
  }
}
