import { buildDemoData } from "./build-demo-data";
import { insertRows } from "./insert-rows";
import { withSeedClient } from "./seed-client";
import { SeedError } from "./seed-errors";
import { lockSeed, prepareTables, requireSchema } from "./seed-guard";
import { progressOf, type ProgressListener } from "./seed-progress";
import { DATA_TABLES, type SeedTable } from "./table-columns";
import { startOfUtcDay } from "./time";

// The demo data set for development: ~50 tenants with everything around them, written in one
// transaction. Deterministic: the same seed and "now" (by default today, 00:00 UTC) give the same
// rows, except api_keys.key_hash (see build-api-keys.ts).

export const DEFAULT_SEED = 20_261_129;
const MAX_DEMO_TENANTS = 500;

export type SeedDemoOptions = {
  databaseUrl: string;
  reset?: boolean;
  now?: Date;
  seed?: number;
  tenants?: number;
  auditRows?: number;
  auditDays?: number;
  usageDays?: number;
  onProgress?: ProgressListener;
};

export type SeedResult = { counts: Record<SeedTable, number>; elapsedMs: number; now: Date; seed: number };

export async function seedDemoData(options: SeedDemoOptions): Promise<SeedResult> {
  const startedAt = performance.now();
  const now = options.now ?? startOfUtcDay(new Date());
  const seed = options.seed ?? DEFAULT_SEED;
  const tenants = options.tenants ?? 50;
  if (!Number.isSafeInteger(tenants) || tenants < 1 || tenants > MAX_DEMO_TENANTS) {
    throw new SeedError(`The demo seed makes 1 to ${MAX_DEMO_TENANTS} tenants; use --scale for more.`);
  }
  const data = buildDemoData({
    seed, now, tenants, auditRows: options.auditRows ?? 10_000,
    usageDays: options.usageDays ?? 90, auditDays: options.auditDays ?? 90,
  });
  const counts = {} as Record<SeedTable, number>;
  await withSeedClient(options.databaseUrl, async (client) => {
    await requireSchema(client);
    await client.query("BEGIN");
    try {
      await lockSeed(client);
      await prepareTables(client, options.reset ?? false);
      for (const table of DATA_TABLES) {
        const tableStart = performance.now();
        counts[table] = await insertRows(client, table, data[table]);
        options.onProgress?.(progressOf(table, counts[table], counts[table], tableStart, true));
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  });
  return { counts, elapsedMs: performance.now() - startedAt, now, seed };
}
