import type pg from "pg";
import { buildPlans } from "../build-plans";
import { insertRows } from "../insert-rows";
import { Random } from "../random";
import { withSeedClient } from "../seed-client";
import { DEFAULT_SEED } from "../seed-demo-data";
import { SeedError } from "../seed-errors";
import { prepareTables, requireSchema, SEED_LOCK_KEY_SQL } from "../seed-guard";
import { progressOf, type ProgressListener } from "../seed-progress";
import { DATA_TABLES, type SeedTable } from "../table-columns";
import { isPgliteServer } from "../../migrations/scratch-database";
import { addDays, startOfUtcDay } from "../time";
import { powerLawConstants } from "./power-law";
import { runChunkTasks, type ChunkTask, type TableRun } from "./run-chunk-tasks";
import { auditChunkParams, auditChunkSql, insertAuditChunk } from "./scale-audit-logs";
import { insertScaleApiKeys } from "./scale-api-keys";
import { createTenantFacts, insertScaleSubscriptions, insertScaleTenants, insertScaleUsers, type ScaleTenantParams } from "./scale-tenants";
import { insertUsageChunk, usageChunkSql } from "./scale-usage";
import { buildTimeQuantiles } from "./time-quantiles";

// Large data sets for load and search tests, generated inside PostgreSQL with INSERT ... SELECT
// over generate_series. Tenants and everything small around them go in one transaction; then
// usage and audit rows follow in chunks (each its own transaction, `jobs` connections at once)
// so progress can be reported and no single transaction holds millions of rows. An interrupted
// load leaves partial data: run again with --reset. Indexes stay in place, as in production.

export type SeedScaleOptions = {
  databaseUrl: string;
  tenants?: number;
  auditRows?: number;
  auditDays?: number;
  usageDays?: number;
  largestTenantShare?: number;
  chunkRows?: number;
  jobs?: number;
  reset?: boolean;
  now?: Date;
  onProgress?: ProgressListener;
};

export type ScaleSeedResult = {
  counts: Record<SeedTable, number>;
  timings: Partial<Record<SeedTable | "analyze", TableRun>>;
  elapsedMs: number;
  now: Date;
  exponent: number;
};

function requireCount(name: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) throw new SeedError(`${name} must be a whole number of at least ${min}; got ${value}.`);
  return value;
}

function chunkRanges(first: number, last: number, size: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = first; start <= last; start += size) ranges.push([start, Math.min(last, start + size - 1)]);
  return ranges;
}

async function timeTable(table: SeedTable, work: () => Promise<number>, onProgress?: ProgressListener): Promise<TableRun> {
  const startedAt = performance.now();
  const rows = await work();
  const progress = progressOf(table, rows, rows, startedAt, true);
  onProgress?.(progress);
  return { rows, ms: progress.elapsedMs, rowsPerSecond: progress.rowsPerSecond };
}

type Settings = Required<Omit<SeedScaleOptions, "onProgress" | "databaseUrl">> & { onProgress?: ProgressListener };

async function seedTenants(client: pg.ClientBase, settings: Settings, facts: Omit<ScaleTenantParams, "planIds">) {
  const { now, onProgress } = settings;
  const { plans, planLimits } = buildPlans(new Random(DEFAULT_SEED).fork("plans"), now);
  const planIds = Object.fromEntries(plans.map((p) => [p.slug, p.id]));
  const timings: ScaleSeedResult["timings"] = {};
  await client.query("BEGIN");
  try {
    // The planner cannot size generate_series(1, n_users) and would JIT-compile small statements.
    await client.query("SET LOCAL jit = off");
    await prepareTables(client, settings.reset);
    timings.plans = await timeTable("plans", () => insertRows(client, "plans", plans), onProgress);
    timings.plan_limits = await timeTable("plan_limits", () => insertRows(client, "plan_limits", planLimits), onProgress);
    await createTenantFacts(client, { ...facts, planIds });
    timings.tenants = await timeTable("tenants", () => insertScaleTenants(client, now), onProgress);
    timings.users = await timeTable("users", () => insertScaleUsers(client, now), onProgress);
    timings.subscriptions = await timeTable("subscriptions", () => insertScaleSubscriptions(client, now), onProgress);
    timings.api_keys = await timeTable("api_keys", () => insertScaleApiKeys(client, now), onProgress);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
  return { timings, planIds };
}

function chunkTasks(settings: Settings, exponent: number, c: number, e: number): ChunkTask[] {
  const { tenants, auditRows, auditDays, usageDays, chunkRows, now } = settings;
  const usageSql = usageChunkSql(usageDays, exponent);
  const tenantsPerChunk = Math.max(1, Math.floor(chunkRows / (5 * usageDays)));
  const auditFrom = addDays(now, -auditDays);
  const quantiles = buildTimeQuantiles(auditFrom, auditDays);
  const auditSql = auditChunkSql({ total: auditRows, tenants, c, e });
  return [
    ...chunkRanges(1, tenants, tenantsPerChunk).map(([from, to]): ChunkTask =>
      ({ table: "usage_records", run: (client) => insertUsageChunk(client, usageSql, now, from, to) })),
    ...chunkRanges(1, auditRows, chunkRows).map(([from, to]): ChunkTask =>
      ({ table: "audit_logs", run: (client) => insertAuditChunk(client, auditSql, auditChunkParams(quantiles, auditFrom, from, to)) })),
  ];
}

export async function seedScaleData(options: SeedScaleOptions): Promise<ScaleSeedResult> {
  const startedAt = performance.now();
  const settings: Settings = {
    tenants: requireCount("The tenant count", options.tenants ?? 10_000, 1),
    auditRows: requireCount("The audit row count", options.auditRows ?? 10_000_000, 0),
    auditDays: requireCount("The audit day count", options.auditDays ?? 30, 1),
    usageDays: requireCount("The usage day count", options.usageDays ?? 90, 1),
    chunkRows: requireCount("The chunk size", options.chunkRows ?? 250_000, 1_000),
    jobs: requireCount("The job count", options.jobs ?? 2, 1),
    largestTenantShare: options.largestTenantShare ?? 0.1,
    reset: options.reset ?? false,
    now: options.now ?? startOfUtcDay(new Date()),
    onProgress: options.onProgress,
  };
  const { c, e, exponent } = powerLawConstants(settings.tenants, settings.largestTenantShare);
  const facts = { tenants: settings.tenants, exponent, now: settings.now };
  const timings = await withSeedClient(options.databaseUrl, async (client) => {
    await requireSchema(client);
    // A session lock for the whole load: the demo seed and a second scale load wait for it.
    await client.query(`SELECT pg_advisory_lock(${SEED_LOCK_KEY_SQL})`);
    const { timings, planIds } = await seedTenants(client, settings, facts);
    const jobs = (await isPgliteServer(client)) ? 1 : settings.jobs;
    const tasks = chunkTasks(settings, exponent, c, e);
    const common = {
      databaseUrl: options.databaseUrl, ownClient: client, onProgress: settings.onProgress,
      totals: { usage_records: settings.tenants * 5 * settings.usageDays, audit_logs: settings.auditRows },
      setup: (worker: pg.ClientBase) => createTenantFacts(worker, { ...facts, planIds }),
    };
    Object.assign(timings, await runChunkTasks({ ...common, jobs, tasks: tasks.filter((t) => t.table !== "audit_logs") }));
    // The audit chain trigger serializes audit inserts anyway; one writer keeps ids in time order.
    Object.assign(timings, await runChunkTasks({ ...common, jobs: 1, tasks: tasks.filter((t) => t.table === "audit_logs") }));
    await client.query("SELECT setval(pg_get_serial_sequence('audit_logs', 'id'), greatest(1, (SELECT max(id) FROM audit_logs)))");
    // Fresh statistics, so the first queries after a load get sensible plans.
    const analyzeStart = performance.now();
    await client.query(`ANALYZE ${DATA_TABLES.map((t) => `"${t}"`).join(", ")}`);
    timings.analyze = { rows: 0, ms: performance.now() - analyzeStart, rowsPerSecond: 0 };
    await client.query(`SELECT pg_advisory_unlock(${SEED_LOCK_KEY_SQL})`);
    return timings;
  });
  const counts = Object.fromEntries(DATA_TABLES.map((t) => [t, timings[t]?.rows ?? 0])) as Record<SeedTable, number>;
  return { counts, timings, elapsedMs: performance.now() - startedAt, now: settings.now, exponent };
}
