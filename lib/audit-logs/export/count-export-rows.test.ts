import { describe, expect, it } from "vitest";
import type { AuditLogRow } from "../query/audit-log-row";
import { exportLine, exportPreamble } from "./audit-export-format";
import { createRowCounter } from "./count-export-rows";

const row = (overrides: Partial<AuditLogRow>): AuditLogRow => ({
  id: "1", tenantId: null, tenantSlug: null, actorType: "system", actorId: null, actorEmail: null, action: "a.b",
  resourceType: null, resourceId: null, details: {}, ipAddress: null, userAgent: null, createdAt: "2026-11-28T12:00:00.000000Z", ...overrides,
});

describe("export rows", () => {
  it("counts CSV records across chunk boundaries, line breaks inside quotes included", () => {
    const rows = [row({ userAgent: 'line one\r\nline "two"' }), row({ details: { note: "a,b" } }), row({ actorEmail: "=cmd|' /C calc'!A0" })];
    const text = exportPreamble("csv") + rows.map((r) => exportLine("csv", r)).join("");
    const counter = createRowCounter("csv");
    for (let i = 0; i < text.length; i += 7) counter.push(text.slice(i, i + 7));
    expect(counter.rows()).toBe(3);
  });

  it("neutralises formulas and quotes what needs quoting in CSV; NDJSON is one JSON per line", () => {
    const csv = exportLine("csv", row({ actorEmail: "=HYPERLINK(\"http://evil\")", resourceId: "+1", details: { x: "@SUM(A1)" } }));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(",'+1,");
    expect(csv).not.toMatch(/,=|,\+|,@/);
    const ndjson = exportLine("ndjson", row({ userAgent: "a\nb" }));
    expect(ndjson.split("\n")).toHaveLength(2);
    expect(JSON.parse(ndjson)).toMatchObject({ userAgent: "a\nb" });
    const counter = createRowCounter("ndjson");
    counter.push(ndjson + ndjson);
    expect(counter.rows()).toBe(2);
  });
});
