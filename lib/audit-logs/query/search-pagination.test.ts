import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database";
import { encodeAuditCursor } from "./audit-cursor";
import { estimateAuditSearch } from "../estimate-audit-search";
import { searchAuditLogs } from "./search-audit-logs";
import { FIXTURE_NOW, insertAuditFixture, insertAuditRow, TENANTS, USERS } from "./testing/audit-fixture";

vi.mock("server-only", () => ({}));

const serverUrl = inject("testServerUrl");

function globexRow(createdAt: string, marker: string) {
  return {
    tenantId: TENANTS.globex.id, actorType: "user" as const, actorId: USERS.grace.id, actorEmail: USERS.grace.email,
    action: "api_key.used", resourceType: "api_key", resourceId: marker, details: { marker }, ip: "203.0.113.50", createdAt,
  };
}

// Each call is a millisecond later than the last, so every row written during a test is newer
// than every row already there.
let clock = 0;
function newerTime(): string {
  clock += 1;
  return new Date(FIXTURE_NOW.getTime() + 86_400_000 + clock).toISOString().replace("Z", "000Z");
}

describe("keyset pagination while rows are being written", () => {
  let db: TestDatabase;
  let client: pg.Client;
  let writer: pg.Client;

  beforeAll(async () => {
    db = await createTestDatabase({ serverUrl, migrate: true });
    await insertAuditFixture(db.url);
    client = new pg.Client({ connectionString: db.url });
    writer = new pg.Client({ connectionString: db.url });
    await Promise.all([client.connect(), writer.connect()]);
  });
  afterAll(async () => {
    await Promise.all([client?.end(), writer?.end()]);
    await db?.drop();
  });

  // The snapshot comes from hand-written SQL at the moment the first page is asked for.
  it.each([
    ["", "TRUE", []],
    ["tenant:globex", "tenant_id = $1", [TENANTS.globex.id]],
  ])("pages through %j without skipping or repeating a row, though newer rows arrive between pages", async (query, where, params) => {
    const snapshot = (await client.query<{ id: string }>(`SELECT id FROM audit_logs WHERE ${where} ORDER BY created_at DESC, id DESC`, params)).rows.map((r) => r.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let page = 0;
    // A writer inserts newer rows the whole time, as the backend does in production. It starts
    // once the first page is out, so that page and the snapshot saw the same table.
    let writing = true;
    let written = 0;
    let background: Promise<void> | null = null;
    const writeContinuously = async () => {
      while (writing) await insertAuditRow(writer, globexRow(newerTime(), `live_${query}_${++written}`));
    };
    try {
      do {
        const result = await searchAuditLogs(client, { query, cursor, limit: 6, now: FIXTURE_NOW });
        if (!result.ok) throw new Error(result.error.message);
        seen.push(...result.rows.map((r) => r.id));
        cursor = result.nextCursor;
        page += 1;
        background ??= writeContinuously();
        const last = result.rows.at(-1);
        if (!last) continue;
        // Rows at exactly the cursor's instant get larger ids, so they sort before the cursor too.
        await insertAuditRow(writer, globexRow(last.createdAt, `tie_${query}_${page}`));
        await insertAuditRow(writer, globexRow(newerTime(), `new_${query}_${page}`));
      } while (cursor);
    } finally {
      writing = false;
      await background;
    }
    expect(page).toBeGreaterThan(5);
    expect(written).toBeGreaterThan(0);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(snapshot);
  });

  it("never asks the database for OFFSET or an exact COUNT", async () => {
    const sent: string[] = [];
    const recording = new Proxy(client, {
      get(target, property) {
        if (property !== "query") return Reflect.get(target, property);
        return (text: string, values?: unknown[]) => {
          sent.push(text);
          return target.query(text, values);
        };
      },
    });
    await estimateAuditSearch(recording, { query: "tenant:acme", now: FIXTURE_NOW });
    const first = await searchAuditLogs(recording, { query: "tenant:acme", limit: 3, now: FIXTURE_NOW });
    expect(first.ok && first.nextCursor).toBeTruthy();
    await searchAuditLogs(recording, { query: "tenant:acme", limit: 3, cursor: first.ok ? first.nextCursor : null, now: FIXTURE_NOW });
    expect(sent.some((sql) => /\(created_at, id\) < \(/.test(sql))).toBe(true);
    expect(sent.filter((sql) => /\boffset\b|count\s*\(/i.test(sql))).toEqual([]);
  });

  it.each([
    ["not base64url at all", "%%%"],
    ["base64url of nonsense", Buffer.from("[1,2,3]").toString("base64url")],
    ["a date PostgreSQL would refuse", Buffer.from(JSON.stringify(["2026-02-30T00:00:00.000000Z", "5"])).toString("base64url")],
  ])("answers a damaged cursor (%s) with a plain sentence", async (_, cursor) => {
    expect(await searchAuditLogs(client, { query: "", cursor })).toEqual({
      ok: false,
      error: { code: "invalid_cursor", message: "This link to more results is damaged or out of date: run the search again from the first page." },
    });
  });

  it("accepts a well-formed cursor that points past every row, and returns an empty last page", async () => {
    const cursor = encodeAuditCursor({ createdAt: "1970-01-01T00:00:00.000000Z", id: "1" });
    expect(await searchAuditLogs(client, { query: "", cursor })).toEqual({ ok: true, rows: [], nextCursor: null, highlights: [] });
  });
});
