import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database";
import { parseAuditQuery } from "../query/parse-audit-query";
import { searchAuditLogs } from "../query/search-audit-logs";
import { FIXTURE_NOW, insertAuditFixture, insertAuditRow, TENANTS } from "../query/testing/audit-fixture";
import { AUDIT_EXPORT_HEADERS } from "./audit-export-format";
import { createRowCounter } from "./count-export-rows";
import { streamAuditExport, type AuditExportOutcome } from "./stream-audit-export";

vi.mock("server-only", () => ({}));

const serverUrl = inject("testServerUrl");

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  // ignoreBOM keeps the byte-order mark in the text, so the test sees the file as written.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
}

/** A minimal RFC 4180 reader, to check the file as a spreadsheet would read it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") row.push(cell), (cell = "");
    else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell), rows.push(row), (row = []), (cell = ""), (i += 1);
    } else cell += char;
  }
  return rows;
}

describe("streamAuditExport", () => {
  let db: TestDatabase;
  let client: pg.Client;
  let hostileId: string;

  beforeAll(async () => {
    db = await createTestDatabase({ serverUrl, migrate: true });
    await insertAuditFixture(db.url);
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    hostileId = await insertAuditRow(client, {
      tenantId: TENANTS.initech.id, actorType: "user", actorId: null, actorEmail: "=HYPERLINK(\"http://evil.example\",\"click\")",
      action: "export.hostile", resourceType: "note", resourceId: "+1,2", details: { note: "line one\r\nline \"two\"", formula: "@SUM(A1:A9)" },
      ip: null, createdAt: "2026-11-28T11:00:00.000000Z",
    });
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  async function exportOf(query: string, format: "csv" | "ndjson") {
    const parsed = parseAuditQuery(query);
    if (!parsed.ok) throw new Error(parsed.error.message);
    let outcome: AuditExportOutcome | null = null;
    const { stream, ready } = streamAuditExport({ client, query: parsed.query, now: FIXTURE_NOW, format, onFinish: (o) => void (outcome = o) });
    await ready;
    const text = await readAll(stream);
    return { text, outcome: outcome as AuditExportOutcome | null };
  }

  async function searchIds(query: string): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await searchAuditLogs(client, { query, cursor, now: FIXTURE_NOW, limit: 200 });
      if (!page.ok) throw new Error(page.error.message);
      ids.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    return ids;
  }

  it.each(["", "tenant:acme", "revoked -public", "action:api_key.* after:-14d", "ip:10.0.0.0/8", "details.status:500", "user:grace@globex.TEST", "tenant:nope"])(
    "exports exactly the rows the search pages through for %j, in the same order, in both formats",
    async (query) => {
      const expected = await searchIds(query);
      const csv = await exportOf(query, "csv");
      const rows = parseCsv(csv.text.replace(/^\uFEFF/, ""));
      expect(rows[0]).toEqual([...AUDIT_EXPORT_HEADERS]);
      expect(rows.slice(1).map((r) => r[0])).toEqual(expected);
      expect(csv.outcome).toEqual({ rowCount: expected.length, completed: true });
      const counter = createRowCounter("csv");
      counter.push(csv.text);
      expect(counter.rows()).toBe(expected.length);

      const ndjson = await exportOf(query, "ndjson");
      const lines = ndjson.text.split("\n").filter(Boolean).map((line) => JSON.parse(line) as { id: string });
      expect(lines.map((line) => line.id)).toEqual(expected);
      expect(ndjson.outcome).toEqual({ rowCount: expected.length, completed: true });
    },
  );

  it("writes CSV a spreadsheet opens as text: formulas neutralised, quotes and line breaks quoted", async () => {
    const { text } = await exportOf("action:export.hostile", "csv");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, row] = parseCsv(text.slice(1));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell("id")).toBe(hostileId);
    expect(cell("actor_email")).toBe("'=HYPERLINK(\"http://evil.example\",\"click\")");
    expect(cell("resource_id")).toBe("'+1,2");
    expect(JSON.parse(cell("details")!)).toEqual({ note: "line one\r\nline \"two\"", formula: "@SUM(A1:A9)" });
    expect(text).not.toMatch(/(^|,)[=+@-]/m);
  });

  it("stops when the reader cancels, and reports the rows sent so far as not completed", async () => {
    const parsed = parseAuditQuery("");
    if (!parsed.ok) throw new Error("unreachable");
    let resolveOutcome!: (o: AuditExportOutcome) => void;
    const finished = new Promise<AuditExportOutcome>((resolve) => (resolveOutcome = resolve));
    const { stream, ready } = streamAuditExport({ client, query: parsed.query, now: FIXTURE_NOW, format: "ndjson", onFinish: resolveOutcome });
    await ready;
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel();
    const outcome = await finished;
    expect(outcome.completed).toBe(false);
    // The connection is out of the export's transaction and usable again.
    expect((await client.query("SELECT 1 AS one")).rows[0]).toEqual({ one: 1 });
  });
});
