import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createPrismaClient } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { getAuditEventDetail } from "./get-audit-event";
import { FACET_SAMPLE, listAuditFacets } from "./list-audit-facets";
import { FIXTURE_NOW, insertAuditFixture, TENANTS, type FixtureRow } from "./query/testing/audit-fixture";
import { listTenantTimeline } from "./timeline/list-tenant-timeline";
import { verifyAuditRange } from "./verify-audit-range";

vi.mock("server-only", () => ({}));

const serverUrl = inject("testServerUrl");
const embedded = inject("testServerKind") === "embedded";
const admin = { id: "5f0c6a52-4a57-4d4b-9d7a-0d6f4b0c1a11", email: "ada@agent-factory.local", name: "Ada", role: "admin" as const };
const support = { ...admin, role: "support" as const };
const request = { ipAddress: "203.0.113.9", userAgent: "vitest" };

function countBy(rows: FixtureRow[], key: (row: FixtureRow) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = key(row);
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

describe("the audit page's other reads", () => {
  let db: TestDatabase;
  let client: pg.Client;
  let prisma: PrismaClient;
  let rows: FixtureRow[];

  beforeAll(async () => {
    db = await createTestDatabase({ serverUrl, migrate: true });
    rows = await insertAuditFixture(db.url);
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    prisma = createPrismaClient({ databaseUrl: db.url, poolMax: 2 });
  });
  afterAll(async () => {
    await client?.end();
    await prisma?.$disconnect();
    await db?.drop();
  });

  it("counts actions and resource types under the rest of the search, ignoring the facet's own terms", async () => {
    const facets = await listAuditFacets(client, { query: "tenant:acme action:user.login", now: FIXTURE_NOW });
    if (!facets.ok) throw new Error(facets.reason);
    const acme = rows.filter((r) => r.tenantId === TENANTS.acme.id);
    const actions = countBy(acme, (r) => r.action);
    expect(Object.fromEntries(facets.action.values.map((v) => [v.value, v.count]))).toEqual(Object.fromEntries([...actions].sort((a, b) => b[1] - a[1]).slice(0, 12)));
    expect(facets.action).toMatchObject({ sampled: acme.length, capped: false });
    // The resource facet keeps the action term: only acme's logins.
    const logins = acme.filter((r) => r.action === "user.login");
    expect(facets.resource.values).toEqual([...countBy(logins, (r) => r.resourceType)].map(([value, count]) => ({ value, count })));
    expect(FACET_SAMPLE).toBeGreaterThan(rows.length);
    expect(await listAuditFacets(client, { query: "tenat:acme", now: FIXTURE_NOW })).toEqual({ ok: false, reason: "syntax" });
  });

  it("opens an event with its neighbours: the same tenant, five minutes either side, nearest first", async () => {
    const ties = rows.filter((r) => r.resourceId?.startsWith("tie_")).sort((a, b) => Number(a.id) - Number(b.id));
    const middle = ties[2]!;
    const detail = await getAuditEventDetail(client, middle.id);
    expect(detail?.event).toMatchObject({ id: middle.id, tenantSlug: "globex", createdAt: middle.createdAt });
    expect(detail?.around.before.map((r) => r.id)).toEqual([ties[1]!.id, ties[0]!.id]);
    expect(detail?.around.after.map((r) => r.id)).toEqual([ties[3]!.id, ties[4]!.id]);
    expect(await getAuditEventDetail(client, "999999999")).toBeNull();
    expect(await getAuditEventDetail(client, "1; drop table audit_logs")).toBeNull();
  });

  it("verifies the chain over a range, refuses support, and audits the check", async () => {
    await expect(verifyAuditRange({ actor: support, request, from: new Date("2026-11-01"), to: FIXTURE_NOW, prisma, client })).rejects.toThrow(/role does not allow/);
    const outcome = await verifyAuditRange({ actor: admin, request, from: new Date("2026-11-01"), to: new Date("2026-12-01"), prisma, client });
    expect(outcome.firstBroken).toBeNull();
    expect(outcome.checkedRows).toBe(rows.length);
    const [audit] = (await client.query("SELECT actor_email, details FROM audit_logs WHERE action = 'audit.verify'")).rows;
    expect(audit).toMatchObject({ actor_email: admin.email, details: { checkedRows: rows.length, intact: true, firstBroken: null } });
    await expect(verifyAuditRange({ actor: admin, request, from: FIXTURE_NOW, to: new Date("2026-01-01"), prisma, client })).rejects.toThrow(/end after it starts/);
  });

  it.skipIf(embedded)("names the first altered row in the range", async () => {
    const target = rows.find((r) => r.action === "tenant.suspended")!;
    await client.query(`SET session_replication_role = replica; UPDATE audit_logs SET details = '{"tampered": true}' WHERE id = ${Number(target.id)}; SET session_replication_role = origin;`);
    const outcome = await verifyAuditRange({ actor: admin, request, from: new Date("2026-10-01"), to: new Date("2026-12-01"), prisma, client });
    expect(outcome.firstBroken).toMatchObject({ id: target.id, reason: "content_changed" });
  });

  it("merges a tenant's audit events, executions and usage spikes, newest first", async () => {
    await client.query(`INSERT INTO executions (id, tenant_id, execution_type, status, error_message, created_at, started_at, updated_at)
      VALUES (gen_random_uuid(), $1, 'agent', 'failed', 'Model provider returned 503', $2::timestamptz - interval '2 hours', $2::timestamptz - interval '2 hours', now())`, [TENANTS.acme.id, FIXTURE_NOW]);
    await client.query(`INSERT INTO usage_records (tenant_id, metric, quantity, period_start, period_end)
      SELECT $1, 'api_calls', CASE WHEN d = 0 THEN 900 ELSE 100 END, date_trunc('day', $2::timestamptz) - d * interval '1 day', date_trunc('day', $2::timestamptz) - (d - 1) * interval '1 day'
        FROM generate_series(0, 20) d`, [TENANTS.acme.id, FIXTURE_NOW]);
    const timeline = await listTenantTimeline({ actor: support, tenant: "acme", days: 7, now: FIXTURE_NOW, prisma });
    if (!timeline) throw new Error("no timeline");
    const acmeWeek = rows.filter((r) => r.tenantId === TENANTS.acme.id && r.createdAt >= new Date(FIXTURE_NOW.getTime() - 7 * 86_400_000).toISOString() && r.createdAt < FIXTURE_NOW.toISOString());
    expect(timeline.counts).toEqual({ audit: acmeWeek.length, executions: 1, spikes: 1 });
    expect(timeline.entries.find((e) => e.kind === "usage_spike")).toMatchObject({ metric: "api_calls", quantity: 900, baseline: 100, ratio: 9 });
    expect(timeline.entries.find((e) => e.kind === "execution")).toMatchObject({ status: "failed", errorMessage: "Model provider returned 503" });
    const times = timeline.entries.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(await listTenantTimeline({ actor: support, tenant: TENANTS.acme.id, days: 7, now: FIXTURE_NOW, prisma })).toMatchObject({ tenant: { slug: "acme" } });
    expect(await listTenantTimeline({ actor: support, tenant: "not-a-real-value", days: 7, now: FIXTURE_NOW, prisma })).toBeNull();
  });
});
