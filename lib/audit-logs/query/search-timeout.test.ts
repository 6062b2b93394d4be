import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database";
import { searchAuditLogs } from "./search-audit-logs";

vi.mock("server-only", () => ({}));

const serverUrl = inject("testServerUrl");
const BULK_ROWS = 30_000;
// PGlite runs queries to completion in one thread: it never enforces statement_timeout.
const embedded = inject("testServerKind") === "embedded";

describe("searchAuditLogs limits", () => {
  let db: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    db = await createTestDatabase({ serverUrl, migrate: true });
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    // Enough rows that a free-text scan over details::text takes far longer than 1 ms.
    await client.query(
      `INSERT INTO audit_logs (action, resource_type, resource_id, details, created_at)
       SELECT 'bulk.row', 'bulk', g::text, jsonb_build_object('n', g, 'note', repeat('lorem ipsum ', 20)),
              timestamptz '2026-11-28 12:00:00+00' - g * interval '1 second'
         FROM generate_series(1, $1::int) g`,
      [BULK_ROWS],
    );
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it.skipIf(embedded)("turns a statement timeout into the friendly too-broad message, and leaves the connection usable", async () => {
    const timeoutBefore = (await client.query("SHOW statement_timeout")).rows[0].statement_timeout;
    const result = await searchAuditLogs(client, { query: "no-such-word-anywhere", statementTimeoutMs: 1 });
    expect(result).toEqual({
      ok: false,
      error: { code: "too_broad", message: "This search is too broad to finish in time: narrow the time range or add a tenant." },
    });
    // The transaction was rolled back, and with it the SET LOCAL timeout.
    expect((await client.query("SHOW statement_timeout")).rows[0].statement_timeout).toBe(timeoutBefore);
    const again = await searchAuditLogs(client, { query: "no-such-word-anywhere" });
    expect(again).toEqual({ ok: true, rows: [], nextCursor: null, highlights: ["no-such-word-anywhere"] });
  });

  it.skipIf(embedded)("answers too-broad on a connection that carries its own timeout, in one round trip", async () => {
    const limited = new pg.Client({ connectionString: db.url, statement_timeout: 1, options: "-c default_transaction_read_only=on" });
    await limited.connect();
    try {
      const sent: string[] = [];
      const recording = new Proxy(limited, {
        get: (target, property) => (property === "query" ? (text: string, values?: unknown[]) => (sent.push(text), target.query(text, values)) : Reflect.get(target, property)),
      });
      expect(await searchAuditLogs(recording, { query: "no-such-word-anywhere", sessionLimits: true })).toEqual({
        ok: false,
        error: { code: "too_broad", message: "This search is too broad to finish in time: narrow the time range or add a tenant." },
      });
      expect(sent).toHaveLength(1);
      expect(sent[0]).not.toMatch(/BEGIN|set_config/);
    } finally {
      await limited.end();
    }
  });

  it("finishes the same broad search under the default 5 s timeout", async () => {
    const result = await searchAuditLogs(client, { query: "lorem", limit: 5 });
    expect(result.ok && result.rows.map((r) => r.resourceId)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("caps the page at 200 rows, defaults to 50 and asks for at least 1", async () => {
    const sizes = await Promise.all([1000, undefined, 0, -3, Number.NaN, 2.7].map(async (limit) => {
      const other = new pg.Client({ connectionString: db.url });
      await other.connect();
      try {
        const result = await searchAuditLogs(other, { query: "action:bulk.row", limit });
        return result.ok ? result.rows.length : -1;
      } finally {
        await other.end();
      }
    }));
    expect(sizes).toEqual([200, 50, 1, 1, 50, 2]);
  });
});
