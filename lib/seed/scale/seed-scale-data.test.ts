import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database";
import { DATA_TABLES, SeedError, seedScaleData, type ScaleSeedResult, type SeedProgress } from "../index";
import { queryRows, queryValue } from "../../testing/sql";
import { expectedShare, solvePowerLawExponent } from "./power-law";

const serverUrl = inject("testServerUrl");
const NOW = new Date("2026-11-29T00:00:00Z");
const SHAPE = { tenants: 200, auditRows: 50_000, auditDays: 30, usageDays: 30, chunkRows: 10_000, jobs: 2 };

describe("seedScaleData", () => {
  let db: TestDatabase;
  let result: ScaleSeedResult;
  const progress: SeedProgress[] = [];
  const extra: TestDatabase[] = [];

  const count = (sql: string) => queryValue<string>(db.url, `SELECT count(*)::text AS value FROM ${sql}`).then(Number);

  beforeAll(async () => {
    db = await createTestDatabase({ serverUrl, migrate: true });
    result = await seedScaleData({ databaseUrl: db.url, now: NOW, ...SHAPE, onProgress: (p) => progress.push(p) });
  });
  afterAll(async () => {
    await Promise.all([db, ...extra].map((d) => d?.drop()));
  });

  it("writes the requested rows and reports them", async () => {
    for (const table of DATA_TABLES) expect.soft(result.counts[table], table).toBe(await count(`"${table}"`));
    expect(result.counts.tenants).toBe(200);
    expect(result.counts.audit_logs).toBe(50_000);
    expect(result.counts.usage_records).toBe(200 * 5 * 30);
    expect(result.counts.subscriptions).toBe(200);
    expect(result.counts.users).toBeGreaterThan(200);
    expect(result.counts.api_keys).toBeGreaterThan(200);
    const auditUpdates = progress.filter((p) => p.table === "audit_logs");
    expect(auditUpdates.length).toBeGreaterThanOrEqual(5);
    expect(auditUpdates.at(-1)).toMatchObject({ done: 50_000, finished: true });
    expect(auditUpdates.every((p) => p.rowsPerSecond > 0)).toBe(true);
  });

  it("skews audit activity: the largest tenant holds about a tenth of the rows", async () => {
    const shares = await queryRows<{ share: number }>(db.url,
      "SELECT count(*)::float / 50000 AS share FROM audit_logs GROUP BY tenant_id ORDER BY 1 DESC");
    expect(shares[0]!.share).toBeGreaterThan(0.08);
    expect(shares[0]!.share).toBeLessThan(0.15);
    expect(shares[0]!.share).toBeGreaterThan(shares[9]!.share * 4);
    const bottomHalf = shares.slice(100).reduce((sum, s) => sum + s.share, 0);
    expect(bottomHalf).toBeLessThan(0.2);
    const exponent = solvePowerLawExponent(200, 0.1);
    expect(expectedShare(1, 200, exponent)).toBeCloseTo(0.1, 6);
  });

  it("spreads audit rows over the window, numbered in time order, by actors that exist", async () => {
    const from = new Date(NOW.getTime() - 30 * 86_400_000).toISOString();
    expect(await count(`audit_logs WHERE created_at < '${from}' OR created_at > '${NOW.toISOString()}'`)).toBe(0);
    expect(await count("(SELECT created_at < lag(created_at) OVER (ORDER BY id) AS back FROM audit_logs) x WHERE back")).toBeLessThan(250);
    expect(await count("audit_logs a JOIN tenants t ON t.id = a.tenant_id WHERE a.created_at < t.created_at")).toBe(0);
    expect(await count(`audit_logs a WHERE actor_type = 'user'
      AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id::text = a.actor_id AND u.email = a.actor_email AND u.tenant_id = a.tenant_id)`)).toBe(0);
    expect(await count(`audit_logs a WHERE actor_type = 'api_key'
      AND NOT EXISTS (SELECT 1 FROM api_keys k WHERE k.id::text = a.actor_id AND k.tenant_id = a.tenant_id)`)).toBe(0);
    const actorTypes = await queryRows<{ actor_type: string }>(db.url, "SELECT DISTINCT actor_type::text FROM audit_logs ORDER BY 1");
    expect(actorTypes.map((r) => r.actor_type)).toEqual(["api_key", "staff", "system", "user"]);
    expect(await count("audit_logs WHERE resource_id !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[47][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'")).toBe(0);
    // The sequence continues after the explicit ids, so the backend's next insert does not collide.
    // Rolled back: audit_logs is append-only, so the row could not be deleted afterwards.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query("BEGIN");
    const { rows } = await client.query("INSERT INTO audit_logs (action) VALUES ('test.inserted') RETURNING id::text AS id");
    await client.query("ROLLBACK");
    await client.end();
    expect(rows[0]?.id).toBe("50001");
  });

  it("gives every tenant usage, a subscription and valid API keys", async () => {
    expect(await count("(SELECT tenant_id, metric FROM usage_records GROUP BY 1, 2 HAVING count(DISTINCT period_start) = 30) g")).toBe(1000);
    expect(await count("tenants t WHERE NOT EXISTS (SELECT 1 FROM subscriptions s WHERE s.tenant_id = t.id)")).toBe(0);
    const statuses = await queryRows<{ status: string }>(db.url, "SELECT DISTINCT status::text FROM subscriptions");
    expect(statuses.length).toBeGreaterThanOrEqual(5);
    expect(await count("api_keys WHERE key_hash !~ '^[0-9a-f]{64}$' OR key_prefix !~ '^afk_live_[0-9a-f]{8}$'")).toBe(0);
    expect(await count("tenants t WHERE (SELECT count(*) FROM users u WHERE u.tenant_id = t.id AND u.role = 'owner') <> 1")).toBe(0);
  });

  it("refuses a database that already holds tenants unless reset, and reseeds the same rows", async () => {
    await expect(seedScaleData({ databaseUrl: db.url, now: NOW, ...SHAPE })).rejects.toBeInstanceOf(SeedError);
    const again = await createTestDatabase({ serverUrl, migrate: true });
    extra.push(again);
    const small = { ...SHAPE, tenants: 20, auditRows: 2_000, chunkRows: 1_000 };
    await seedScaleData({ databaseUrl: again.url, now: NOW, ...small });
    const checksum = () => queryValue<string>(again.url, `SELECT md5(string_agg(concat_ws(':', a.id, a.tenant_id, a.actor_id, a.action,
      a.resource_id, a.details, a.ip_address, a.created_at, t.slug), ',' ORDER BY a.id)) AS value FROM audit_logs a JOIN tenants t ON t.id = a.tenant_id`);
    const before = await checksum();
    const reseeded = await seedScaleData({ databaseUrl: again.url, now: NOW, ...small, reset: true });
    expect(reseeded.counts.audit_logs).toBe(2_000);
    expect(await queryValue(again.url, "SELECT count(*)::int AS value FROM tenants")).toBe(20);
    expect(await checksum()).toBe(before);
  });
});
