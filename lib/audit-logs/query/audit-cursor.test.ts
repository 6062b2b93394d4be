import { describe, expect, it } from "vitest";
import { decodeAuditCursor, encodeAuditCursor } from "./audit-cursor";

const cursor = { createdAt: "2026-11-28T14:03:07.123456Z", id: "9007199254740993" };

function encodeRaw(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

describe("audit cursors", () => {
  it("round-trip (created_at, id) exactly, microseconds and ids beyond 2^53 included", () => {
    const text = encodeAuditCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeAuditCursor(text)).toEqual(cursor);
  });

  it.each([
    ["empty", ""],
    ["not base64url", "abc+/="],
    ["not JSON", Buffer.from("nope").toString("base64url")],
    ["an object", encodeRaw({ createdAt: cursor.createdAt, id: cursor.id })],
    ["a number id", encodeRaw([cursor.createdAt, 5])],
    ["a date without microseconds", encodeRaw(["2026-11-28T14:03:07Z", "5"])],
    ["a day that does not exist", encodeRaw(["2026-02-31T00:00:00.000000Z", "5"])],
    ["hour 24", encodeRaw(["2026-11-28T24:00:00.000000Z", "5"])],
    ["year 0", encodeRaw(["0000-01-01T00:00:00.000000Z", "5"])],
    ["a negative id", encodeRaw([cursor.createdAt, "-5"])],
    ["an id beyond bigint", encodeRaw([cursor.createdAt, "9223372036854775808"])],
    ["SQL in the id", encodeRaw([cursor.createdAt, "1; drop table audit_logs"])],
    ["too long", "a".repeat(500)],
  ])("refuse %s", (_, text) => {
    expect(decodeAuditCursor(text)).toBeNull();
  });
});
