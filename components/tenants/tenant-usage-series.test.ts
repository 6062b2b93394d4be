import { describe, expect, it } from "vitest";
import { billingMonthToDate, startsBillingMonth } from "./tenant-usage-series";

const days = (from: string, quantities: number[]) =>
  quantities.map((quantity, i) => ({ date: new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10), quantity }));

describe("billingMonthToDate", () => {
  it("adds up each billing month from its anchor day and starts again on the next", () => {
    expect(billingMonthToDate(days("2026-10-13", [5, 1, 2, 3, 4]), 15)).toEqual([
      { date: "2026-10-13", value: null },
      { date: "2026-10-14", value: null },
      { date: "2026-10-15", value: 2 },
      { date: "2026-10-16", value: 5 },
      { date: "2026-10-17", value: 9 },
    ]);
    expect(billingMonthToDate(days("2026-10-31", [1, 2, 3]), 1).map((point) => point.value)).toEqual([null, 2, 5]);
  });

  it("clamps an anchor past a short month's end to its last day", () => {
    expect(startsBillingMonth("2026-02-28", 31)).toBe(true);
    expect(startsBillingMonth("2028-02-28", 31)).toBe(false);
    expect(startsBillingMonth("2028-02-29", 30)).toBe(true);
    expect(startsBillingMonth("2026-04-30", 31)).toBe(true);
    expect(startsBillingMonth("2026-05-30", 31)).toBe(false);
    expect(billingMonthToDate(days("2026-02-27", [1, 1, 1, 1]), 31).map((point) => point.value)).toEqual([null, 1, 2, 3]);
  });
});
