import { describe, expect, it } from "vitest";
import { formatProgressLine, parseCount } from "./format-progress";

describe("formatProgressLine", () => {
  it("shows rows so far, the total and the rate while a table loads", () => {
    expect(formatProgressLine({ table: "audit_logs", done: 3_000_000, total: 10_000_000, elapsedMs: 3_694, rowsPerSecond: 812_000, finished: false }))
      .toBe("audit_logs     3,000,000 / 10,000,000  (812,000 rows/s)");
  });

  it("shows only the final count once a table is done", () => {
    expect(formatProgressLine({ table: "tenants", done: 10_000, total: 10_000, elapsedMs: 120, rowsPerSecond: 83_333, finished: true }))
      .toBe("tenants        10,000  (83,333 rows/s)");
  });
});

describe("parseCount", () => {
  it.each([["10000", 10_000], ["10_000", 10_000], ["10,000", 10_000], ["250k", 250_000], ["10m", 10_000_000], ["1.5M", 1_500_000]])(
    "reads %s", (text, value) => expect(parseCount(text)).toBe(value));

  it.each(["", "ten", "-5", "1.5", "1e6"])("rejects %j", (text) => expect(parseCount(text)).toBeNull());
});
