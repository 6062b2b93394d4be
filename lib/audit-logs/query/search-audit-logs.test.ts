import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database";
import { estimateAuditSearch } from "../estimate-audit-search";
import { searchAuditLogs } from "./search-audit-logs";
import { FIXTURE_NOW, fixtureTime, insertAuditFixture, sortNewestFirst, TENANTS, USERS, type FixtureRow } from "./testing/audit-fixture";

vi.mock("server-only", () => ({}));

const serverUrl = inject("testServerUrl");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Predicate = (row: FixtureRow) => boolean;

// What free text searches, computed in TypeScript: JSON.stringify differs from jsonb::text only
// in spacing and key order, which no word below spans.
function haystack(row: FixtureRow): string {
  return [row.action, row.resourceType, row.resourceId, row.actorEmail, JSON.stringify(row.details)].filter(Boolean).join("\n").toLowerCase();
}
const has = (word: string): Predicate => (row) => haystack(row).includes(word.toLowerCase());
const not = (predicate: Predicate): Predicate => (row) => !predicate(row);
const all = (...predicates: Predicate[]): Predicate => (row) => predicates.every((p) => p(row));
const ipIn = (...ips: string[]): Predicate => (row) => row.ip !== null && ips.includes(row.ip);
const byUser = (user: { id: string; email: string }): Predicate => (row) =>
  row.actorId === user.id || row.actorEmail?.toLowerCase() === user.email.toLowerCase();
type Details = { status?: number; ok?: boolean; before?: { status?: string }; items?: string[]; reason?: string; code?: string };
const detail = (read: (d: Details) => unknown, expected: unknown): Predicate => (row) => read(row.details as Details) === expected;
const atOrAfter = (iso: string): Predicate => (row) => row.createdAt >= iso;
const before = (iso: string): Predicate => (row) => row.createdAt < iso;
const TEN_SLASH_8 = ["10.0.0.5", "10.1.2.3", "10.255.0.1"];

const cases: [string, Predicate][] = [
  ["", () => true],
  ["revoked", has("revoked")],
  [`"public repository"`, has("public repository")],
  ["50%_off", has("50%_off")],
  ["ADA@ACME", has("ada@acme")],
  ["CAFÉ", has("café")],
  ["-revoked", not(has("revoked"))],
  ["tenant:acme", (r) => r.tenantId === TENANTS.acme.id],
  [`tenant:${TENANTS.globex.id.toUpperCase()}`, (r) => r.tenantId === TENANTS.globex.id],
  ["-tenant:acme", (r) => r.tenantId !== TENANTS.acme.id],
  ["tenant:acme tenant:initech", (r) => r.tenantId === TENANTS.acme.id || r.tenantId === TENANTS.initech.id],
  ["user:ada@acme.test", byUser(USERS.ada)],
  ["user:grace@globex.TEST", byUser(USERS.grace)],
  [`user:${USERS.linus.id}`, (r) => r.actorId === USERS.linus.id],
  ["user:key_3", (r) => r.actorId === "key_3"],
  // A staff member: in no users row, so only the email's spellings can find the rows.
  ["user:SAM@Agent-Factory.LOCAL", (r) => r.actorEmail?.toLowerCase() === "sam@agent-factory.local"],
  ["user:nobody@acme.test", () => false],
  ["-user:ada@acme.test", not(byUser(USERS.ada))],
  ["action:api_key.revoked", (r) => r.action === "api_key.revoked"],
  ["action:api_key.*", (r) => r.action.startsWith("api_key.")],
  ["-action:api_key.*", (r) => !r.action.startsWith("api_key.")],
  ["action:user.login action:user.invited", (r) => r.action === "user.login" || r.action === "user.invited"],
  ["resource:api_key", (r) => r.resourceType === "api_key"],
  ["resource:api_key/key_3", (r) => r.resourceType === "api_key" && r.resourceId === "key_3"],
  ["resource:workflow/wf/1", (r) => r.resourceType === "workflow" && r.resourceId === "wf/1"],
  ["-resource:api_key", (r) => r.resourceType !== "api_key"],
  ["ip:10.0.0.5", ipIn("10.0.0.5")],
  ["ip:10.0.0.0/8", ipIn(...TEN_SLASH_8)],
  ["ip:10.1.2.3/16", ipIn("10.1.2.3")],
  ["ip:2001:db8::/32", ipIn("2001:db8::1", "2001:db8:1::42")],
  ["ip:2001:DB8::1", ipIn("2001:db8::1")],
  ["ip:::ffff:10.0.0.0/104", ipIn("::ffff:10.0.0.9")],
  ["-ip:10.0.0.0/8", not(ipIn(...TEN_SLASH_8))],
  ["details.status:500", detail((d) => d.status, 500)],
  ["details.ok:true", detail((d) => d.ok, true)],
  ["details.before.status:active", detail((d) => d.before?.status, "active")],
  ["details.items.0:alpha", detail((d) => d.items?.[0], "alpha")],
  [`details.reason:"rotated by owner"`, detail((d) => d.reason, "rotated by owner")],
  [`-details.reason:"rotated by owner"`, not(detail((d) => d.reason, "rotated by owner"))],
  ["details.code:50%_off", detail((d) => d.code, "50%_off")],
  ["after:-24h", atOrAfter(fixtureTime(DAY))],
  ["before:-24h", before(fixtureTime(DAY))],
  ["-after:-24h", before(fixtureTime(DAY))],
  ["after:-7d before:-1d", all(atOrAfter(fixtureTime(7 * DAY)), before(fixtureTime(DAY)))],
  ["after:-90m", atOrAfter(fixtureTime(90 * 60_000))],
  ["after:-2w", atOrAfter(fixtureTime(14 * DAY))],
  ["after:2026-11-20", atOrAfter("2026-11-20T00:00:00.000000Z")],
  [`before:"2026-11-20 06:00+01:00"`, before("2026-11-20T05:00:00.000000Z")],
  ["before:now", before(FIXTURE_NOW.toISOString().replace("Z", "000Z"))],
  [
    "tenant:acme action:api_key.* -ip:10.0.0.0/8 after:-14d",
    all((r) => r.tenantId === TENANTS.acme.id, (r) => r.action.startsWith("api_key."), not(ipIn(...TEN_SLASH_8)), atOrAfter(fixtureTime(14 * DAY))),
  ],
  ["revoked tenant:globex -public", all(has("revoked"), (r) => r.tenantId === TENANTS.globex.id, not(has("public")))],
];

describe("searchAuditLogs on a precise fixture", () => {
  let db: TestDatabase;
  let client: pg.Client;
  let rows: FixtureRow[];

  beforeAll(async () => {
    db = await createTestDatabase({ serverUrl, migrate: true });
    rows = await insertAuditFixture(db.url);
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  /** Every page of a search, checking that no row comes twice. */
  async function searchAll(query: string, limit = 37): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await searchAuditLogs(client, { query, cursor, limit, now: FIXTURE_NOW });
      if (!page.ok) throw new Error(page.error.message);
      expect(page.rows.length).toBeLessThanOrEqual(limit);
      ids.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(ids).size).toBe(ids.length);
    return ids;
  }

  it.each(cases)("%j returns exactly the matching rows, newest first", async (query, predicate) => {
    const expected = sortNewestFirst(rows.filter(predicate)).map((r) => r.id);
    // Each case must separate the fixture, or it proves nothing about the filter.
    if (query !== "" && !query.startsWith("user:nobody")) expect(expected.length).toBeGreaterThan(0);
    if (query !== "") expect(expected.length).toBeLessThan(rows.length);
    expect(await searchAll(query)).toEqual(expected);
  });

  it("finds nothing for a tenant slug that does not exist, and excludes nothing with it", async () => {
    expect(await searchAll("tenant:nope")).toEqual([]);
    expect(await searchAll("-tenant:nope")).toHaveLength(rows.length);
  });

  it("returns each row's columns, with the tenant slug, the IP as text and microseconds kept", async () => {
    const result = await searchAuditLogs(client, { query: "resource:coupon/50%_off", now: FIXTURE_NOW });
    const source = rows.find((r) => r.resourceId === "50%_off")!;
    expect(result).toEqual({
      ok: true,
      nextCursor: null,
      highlights: [],
      rows: [{
        id: source.id, tenantId: TENANTS.globex.id, tenantSlug: "globex", actorType: "user", actorId: USERS.grace.id,
        actorEmail: USERS.grace.email, action: "billing.coupon_applied", resourceType: "coupon", resourceId: "50%_off",
        details: { code: "50%_off" }, ipAddress: "198.51.100.7", userAgent: null, createdAt: source.createdAt,
      }],
    });
    const withMicros = await searchAuditLogs(client, { query: "resource:api_key/tie_0", now: FIXTURE_NOW });
    expect(withMicros.ok && withMicros.rows[0]!.createdAt).toBe(fixtureTime(10 * HOUR, 123_457));
  });

  it("returns the words and phrases to highlight", async () => {
    const result = await searchAuditLogs(client, { query: `revoked "public repository" -rotated tenant:acme`, now: FIXTURE_NOW });
    expect(result.ok && result.highlights).toEqual(["revoked", "public repository"]);
  });

  it("turns a syntax error into a sentence with its position, without touching the database", async () => {
    expect(await searchAuditLogs(client, { query: "tenat:acme" })).toEqual({
      ok: false,
      error: { code: "syntax", message: 'Unknown field "tenat" at position 1: did you mean tenant?', position: 0, length: 5 },
    });
  });

  it("estimates the total from the plan, never counting", async () => {
    await client.query("ANALYZE audit_logs");
    const everything = await estimateAuditSearch(client, { query: "", now: FIXTURE_NOW });
    expect(everything).toEqual({ count: rows.length, estimated: true });
    const narrow = await estimateAuditSearch(client, { query: "action:api_key.revoked", now: FIXTURE_NOW });
    expect(narrow!.estimated).toBe(true);
    expect(narrow!.count).toBeGreaterThan(0);
    expect(narrow!.count).toBeLessThan(rows.length);
  });
});
