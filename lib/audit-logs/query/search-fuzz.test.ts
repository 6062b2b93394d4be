import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database";
import { parseAuditQuery } from "./parse-audit-query";
import { searchAuditLogs } from "./search-audit-logs";
import { FIXTURE_NOW, insertAuditFixture } from "./testing/audit-fixture";
import { nearValidQuery } from "./testing/query-arbitraries";

vi.mock("server-only", () => ({}));

const serverUrl = inject("testServerUrl");

// The parser fuzz proves no input throws in TypeScript; this sends what parses to PostgreSQL and
// proves no input makes the database fail either (a bad cast, an out-of-range time, a jsonb it
// refuses): every answer is rows or a sentence, never a 500.
describe("searchAuditLogs under fuzzing, against PostgreSQL", () => {
  let db: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    db = await createTestDatabase({ serverUrl, migrate: true });
    await insertAuditFixture(db.url);
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it("answers 400 generated queries with rows or a sentence", async () => {
    let parsed = 0;
    await fc.assert(
      fc.asyncProperty(nearValidQuery, async (query) => {
        const result = await searchAuditLogs(client, { query, now: FIXTURE_NOW, limit: 5 });
        if (parseAuditQuery(query).ok) {
          parsed += 1;
          expect(result.ok, JSON.stringify(result)).toBe(true);
        } else {
          expect(result).toMatchObject({ ok: false, error: { code: "syntax" } });
        }
      }),
      { numRuns: 400 },
    );
    expect(parsed).toBeGreaterThan(100);
  });
});
