import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { DATA_TABLES, SeedError, seedDemoData, type SeedResult } from "./index";
import { distinctValues, queryRows, queryValue } from "../testing/sql";

const serverUrl = inject("testServerUrl");
const NOW = new Date("2026-11-29T00:00:00Z");

// Columns that must come out identical when the same seed and "now" are used twice.
const CHECKSUM_SQL = `SELECT md5(string_agg(part, '|' ORDER BY part)) AS value FROM (
  SELECT 't' || string_agg(concat_ws(':', id, slug, status, created_at), ',' ORDER BY id) AS part FROM tenants
  UNION ALL SELECT 'u' || string_agg(concat_ws(':', id, email, role, last_login_at), ',' ORDER BY id) FROM users
  UNION ALL SELECT 'e' || string_agg(concat_ws(':', id, status, tokens_used, cost), ',' ORDER BY id) FROM executions
  UNION ALL SELECT 's' || string_agg(concat_ws(':', id, status, current_period_end), ',' ORDER BY id) FROM subscriptions
  UNION ALL SELECT 'r' || concat_ws(':', sum(quantity), count(*)) FROM usage_records
  UNION ALL SELECT 'k' || string_agg(concat_ws(':', id, key_prefix, scopes), ',' ORDER BY id) FROM api_keys
  UNION ALL SELECT 'b' || string_agg(concat_ws(':', id, price, downloads), ',' ORDER BY id) FROM blueprints
  UNION ALL SELECT 'a' || string_agg(concat_ws(':', id, action, created_at, details, ip_address), ',' ORDER BY id) FROM audit_logs
) parts`;

describe("seedDemoData", () => {
  let db: TestDatabase;
  let result: SeedResult;
  const extra: TestDatabase[] = [];

  const count = (sql: string) => queryValue<string>(db.url, `SELECT count(*)::text AS value FROM ${sql}`).then(Number);

  beforeAll(async () => {
    db = await createTestDatabase({ serverUrl, migrate: true });
    result = await seedDemoData({ databaseUrl: db.url, now: NOW });
  });
  afterAll(async () => {
    await Promise.all([db, ...extra].map((d) => d?.drop()));
  });

  it("returns the row count of every data table", async () => {
    for (const table of DATA_TABLES) expect.soft(result.counts[table], table).toBe(await count(`"${table}"`));
    expect(result.counts.tenants).toBeGreaterThanOrEqual(45);
    expect(result.counts.tenants).toBeLessThanOrEqual(55);
    expect(result.counts.audit_logs).toBe(10_000);
  });

  it("creates four active plans (plus one archived) with a limit for every metric", async () => {
    const plans = await queryRows<{ slug: string; status: string; price_monthly: string; price_yearly: string; limits: number }>(db.url,
      `SELECT slug, status::text, price_monthly::text, price_yearly::text, (SELECT count(*)::int FROM plan_limits l WHERE l.plan_id = p.id) AS limits
       FROM plans p ORDER BY sort_order`);
    expect(plans.filter((p) => p.status === "active").map((p) => p.slug)).toEqual(["free", "starter", "pro", "enterprise"]);
    expect(plans.filter((p) => p.status === "archived")).toHaveLength(1);
    for (const plan of plans) {
      expect(plan.limits).toBe(5);
      expect(plan.price_monthly).toMatch(/^\d+\.\d{2}$/);
      expect(Number(plan.price_yearly)).toBeLessThanOrEqual(Number(plan.price_monthly) * 12);
    }
    const higher = await count(`plan_limits e JOIN plans pe ON pe.id = e.plan_id AND pe.slug = 'enterprise'
      JOIN plan_limits p ON p.metric = e.metric JOIN plans pp ON pp.id = p.plan_id AND pp.slug = 'pro' WHERE e."limit" > p."limit"`);
    expect(higher).toBe(5);
  });

  it("gives tenants every status, unique slugs and suspension details where suspended", async () => {
    expect(await distinctValues(db.url, "tenants", "status")).toEqual(["active", "cancelled", "suspended", "trial"]);
    expect(await count("tenants WHERE slug !~ '^[a-z0-9]+(-[a-z0-9]+)*$' OR billing_email !~ '^[^@]+@[^@]+$'")).toBe(0);
    expect(await count("tenants WHERE (status = 'suspended') <> (suspended_at IS NOT NULL AND suspension_reason IS NOT NULL)")).toBe(0);
    expect(await count("tenants t WHERE (SELECT count(*) FROM users u WHERE u.tenant_id = t.id AND u.role = 'owner') <> 1")).toBe(0);
    expect(await distinctValues(db.url, "users", "role")).toEqual(["admin", "member", "owner", "viewer"]);
    expect(await count("users WHERE NOT is_active")).toBeGreaterThan(0);
  });

  it("creates executions in every status and of both types, consistent with their status", async () => {
    expect(await distinctValues(db.url, "executions", "status")).toEqual(["cancelled", "completed", "failed", "pending", "running", "timeout"]);
    expect(await distinctValues(db.url, "executions", "execution_type")).toEqual(["agent", "workflow"]);
    expect(await count("executions WHERE status = 'failed' AND error_message IS NULL")).toBe(0);
    expect(await count("executions WHERE status = 'completed' AND (completed_at IS NULL OR duration_ms IS NULL OR output_data IS NULL)")).toBe(0);
    expect(await count("executions WHERE status = 'pending' AND started_at IS NOT NULL")).toBe(0);
    expect(await count("executions WHERE (execution_type = 'agent') <> (agent_id IS NOT NULL AND workflow_id IS NULL)")).toBe(0);
    expect(await count("executions WHERE created_at > $1 OR completed_at < started_at".replace("$1", `'${NOW.toISOString()}'`))).toBe(0);
  });

  it("creates subscriptions in every state, monthly and yearly, with cancellation details", async () => {
    expect(await distinctValues(db.url, "subscriptions", "status")).toEqual(
      ["active", "canceled", "incomplete", "past_due", "paused", "trialing", "unpaid"]);
    expect(await distinctValues(db.url, "subscriptions", "billing_interval")).toEqual(["month", "year"]);
    expect(await count("subscriptions WHERE status = 'canceled' AND (canceled_at IS NULL OR cancellation_reason IS NULL)")).toBe(0);
    expect(await count("subscriptions WHERE current_period_end <= current_period_start")).toBe(0);
    expect(await count("tenants t WHERE NOT EXISTS (SELECT 1 FROM subscriptions s WHERE s.tenant_id = t.id)")).toBe(0);
  });

  it("records 90 days of usage for every tenant and metric", async () => {
    const groups = await queryRows<{ rows: number; days: number }>(db.url,
      "SELECT count(*)::int AS rows, count(DISTINCT period_start)::int AS days FROM usage_records GROUP BY tenant_id, metric");
    expect(groups).toHaveLength(result.counts.tenants * 5);
    expect(groups.every((g) => g.rows === 90 && g.days === 90)).toBe(true);
    expect(await count(`usage_records WHERE period_end <> period_start + interval '1 day' OR period_end > '${NOW.toISOString()}'`)).toBe(0);
  });

  it("stores API keys as prefix and sha256 only: revoked, expired and unused ones included", async () => {
    expect(await count("api_keys WHERE key_hash !~ '^[0-9a-f]{64}$' OR key_prefix !~ '^afk_(live|test)_[0-9A-Za-z]{8}$'")).toBe(0);
    expect(await count("api_keys WHERE revoked_at IS NOT NULL AND revoked_reason IS NOT NULL")).toBeGreaterThan(0);
    expect(await count(`api_keys WHERE revoked_at IS NULL AND expires_at < '${NOW.toISOString()}'`)).toBeGreaterThan(0);
    expect(await count("api_keys WHERE last_used_at IS NULL")).toBeGreaterThan(0);
    expect(await count("api_keys WHERE last_used_at IS NOT NULL")).toBeGreaterThan(0);
    // A full key is the prefix plus a long secret; no stored text may contain one.
    const leaked = await count(`(SELECT row_to_json(k)::text AS text FROM api_keys k UNION ALL SELECT details::text FROM audit_logs) rows
      WHERE text ~ 'afk_(live|test)_[0-9A-Za-z_-]{9,}'`);
    expect(leaked).toBe(0);
  });

  it("publishes public and private, free and priced blueprints with sane ratings", async () => {
    expect(await distinctValues(db.url, "blueprints", "is_public")).toEqual(["false", "true"]);
    expect(await distinctValues(db.url, "blueprints", "pricing_model")).toEqual(["free", "one_time", "subscription", "usage_based"]);
    expect(await count("blueprints WHERE (pricing_model = 'free') <> (price = 0)")).toBe(0);
    expect(await count("blueprints WHERE rating < 0 OR rating > 5 OR (rating IS NULL) <> (reviews_count = 0)")).toBe(0);
    expect(await count("blueprints b WHERE NOT EXISTS (SELECT 1 FROM tenants t WHERE t.id = b.publisher_id)")).toBe(0);
  });

  it("writes 10,000 audit rows over 90 days with a working-day rhythm", async () => {
    expect(await distinctValues(db.url, "audit_logs", "actor_type")).toEqual(["api_key", "staff", "system", "user"]);
    const actions = await distinctValues(db.url, "audit_logs", "action");
    for (const action of ["tenant.created", "api_key.created", "api_key.revoked", "agent.updated", "execution.failed", "user.login", "subscription.updated", "workflow.published"]) {
      expect.soft(actions).toContain(action);
    }
    const families = await queryRows<{ family: number }>(db.url, "SELECT DISTINCT family(ip_address) AS family FROM audit_logs WHERE ip_address IS NOT NULL ORDER BY 1");
    expect(families.map((f) => f.family)).toEqual([4, 6]);
    const from = new Date(NOW.getTime() - 90 * 86_400_000).toISOString();
    expect(await count(`audit_logs WHERE created_at < '${from}' OR created_at > '${NOW.toISOString()}'`)).toBe(0);
    expect(await count("audit_logs WHERE details->>'request_id' IS NULL")).toBeLessThan(10);
    expect(await count("(SELECT created_at < lag(created_at) OVER (ORDER BY id) AS back FROM audit_logs) x WHERE back")).toBe(0);
    const rhythm = await queryRows<{ weekday: number; weekend: number; work: number; night: number }>(db.url, `SELECT
      count(*) FILTER (WHERE extract(isodow FROM created_at) < 6)::float / 5 AS weekday, count(*) FILTER (WHERE extract(isodow FROM created_at) >= 6)::float / 2 AS weekend,
      count(*) FILTER (WHERE extract(hour FROM created_at) BETWEEN 9 AND 16)::float AS work, count(*) FILTER (WHERE extract(hour FROM created_at) BETWEEN 0 AND 7)::float AS night
      FROM audit_logs`);
    expect(rhythm[0]!.weekday).toBeGreaterThan(rhythm[0]!.weekend * 1.5);
    expect(rhythm[0]!.work).toBeGreaterThan(rhythm[0]!.night * 2);
  });

  it("is deterministic: the same seed and day give the same rows", async () => {
    const twin = await createTestDatabase({ serverUrl, migrate: true });
    extra.push(twin);
    await seedDemoData({ databaseUrl: twin.url, now: NOW });
    expect(await queryValue(twin.url, CHECKSUM_SQL)).toBe(await queryValue(db.url, CHECKSUM_SQL));
    const slugs = (url: string) => queryRows<{ slug: string }>(url, "SELECT slug FROM tenants ORDER BY slug");
    expect(await slugs(twin.url)).toEqual(await slugs(db.url));
  });

  it("refuses a database that already holds tenants, and replaces the data with reset", async () => {
    const target = await createTestDatabase({ serverUrl, migrate: true });
    extra.push(target);
    await seedDemoData({ databaseUrl: target.url, now: NOW, tenants: 5, auditRows: 100 });
    const refusal = seedDemoData({ databaseUrl: target.url, now: NOW });
    await expect(refusal).rejects.toBeInstanceOf(SeedError);
    await expect(refusal).rejects.toThrow("The database already holds 5 tenants; the seed only fills an empty database. Run it with --reset to delete the console's data and seed again.");
    await queryRows(target.url, "INSERT INTO console_staff (id, email, name, updated_at) VALUES (gen_random_uuid(), 'ops@example.com', 'Ops', now())");
    const reseeded = await seedDemoData({ databaseUrl: target.url, now: NOW, reset: true });
    expect(reseeded.counts.tenants).toBe(result.counts.tenants);
    expect(await queryValue(target.url, CHECKSUM_SQL)).toBe(await queryValue(db.url, CHECKSUM_SQL));
    expect(await queryValue(target.url, "SELECT count(*)::int AS value FROM console_staff")).toBe(1);
    expect(await queryValue(target.url, "SELECT min(id)::int AS value FROM audit_logs")).toBe(1);
  });

  it("says to migrate first when the database has no tables", async () => {
    const empty = await createTestDatabase({ serverUrl });
    extra.push(empty);
    await expect(seedDemoData({ databaseUrl: empty.url, now: NOW })).rejects.toThrow("The database has no tables yet: run `npm run db:migrate` first.");
  });
});
