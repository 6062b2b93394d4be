import { describe, expect, it } from "vitest";
import { formatUtcDate } from "./format-utc-date";

describe("formatUtcDate", () => {
  it("says the UTC day, whatever the local time zone", () => {
    expect(formatUtcDate(new Date("2026-12-01T00:00:00Z"))).toBe("Dec 1, 2026");
    expect(formatUtcDate("2026-11-30T23:59:59.999Z")).toBe("Nov 30, 2026");
  });
});
