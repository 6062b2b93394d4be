import { describe, expect, it } from "vitest";
import { areaPath, linePath } from "./chart-paths";
import { dateTickIndexes, formatChartValue, formatCompact, formatDay, niceStep, niceTicks, scaleLinear } from "./chart-scale";

describe("niceStep", () => {
  it.each([
    [0.7, 0.5],
    [1, 1],
    [1.3, 1],
    [1.5, 2],
    [3, 2],
    [4, 5],
    [7, 5],
    [7.5, 10],
    [23, 20],
    [180, 200],
    [260_000, 200_000],
    [0.013, 0.01],
  ])("rounds %d to the nearest nice step, %d", (rough, expected) => {
    expect(niceStep(rough)).toBe(expected);
  });

  it("falls back to 1 for zero, negative or non-finite input", () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(-5)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
  });
});

describe("niceTicks", () => {
  it("starts at zero and ends on a round number at or above the maximum", () => {
    expect(niceTicks(0, 87)).toEqual({ min: 0, max: 100, step: 20, ticks: [0, 20, 40, 60, 80, 100] });
    expect(niceTicks(0, 49_000)).toEqual({ min: 0, max: 50_000, step: 10_000, ticks: [0, 10_000, 20_000, 30_000, 40_000, 50_000] });
    // The nearest step (200K) would give 7 intervals; the next one up keeps a small chart readable.
    expect(niceTicks(0, 1_234_567)).toEqual({ min: 0, max: 1_500_000, step: 500_000, ticks: [0, 500_000, 1_000_000, 1_500_000] });
    expect(niceTicks(120, 400).ticks).toEqual([0, 100, 200, 300, 400]);
  });

  it("keeps a maximum that is already round", () => {
    expect(niceTicks(0, 40).ticks).toEqual([0, 10, 20, 30, 40]);
  });

  it("gives all-zero, empty or non-finite data an axis from 0 to 1", () => {
    expect(niceTicks(0, 0).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 0, { integers: true }).ticks).toEqual([0, 1]);
    expect(niceTicks(Number.NaN, Number.NEGATIVE_INFINITY)).toMatchObject({ min: 0, max: 1 });
  });

  it("spans negative values through zero", () => {
    expect(niceTicks(-30, 50).ticks).toEqual([-40, -20, 0, 20, 40, 60]);
  });

  it("keeps steps whole for counted things", () => {
    expect(niceTicks(0, 3, { integers: true }).ticks).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0, 1.5).ticks).toEqual([0, 0.5, 1, 1.5]);
    expect(niceTicks(0, 1.5, { integers: true }).ticks).toEqual([0, 1, 2]);
  });

  it("has no floating-point dust in small steps", () => {
    expect(niceTicks(0, 0.7).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it("gives between 2 and 1.5 times the target number of intervals", () => {
    for (const max of [1, 3, 9, 11, 99, 101, 123, 999, 12_345, 123_000_000, 98_765_432]) {
      const { ticks, max: top } = niceTicks(0, max, { target: 4 });
      expect(top).toBeGreaterThanOrEqual(max);
      expect(ticks.length - 1).toBeLessThanOrEqual(6);
      expect(ticks.length - 1).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("scaleLinear", () => {
  it("maps the domain onto the range, inverted for SVG's downward y", () => {
    const y = scaleLinear([0, 200], [1000, 0]);
    expect(y(0)).toBe(1000);
    expect(y(50)).toBe(750);
    expect(y(200)).toBe(0);
  });

  it("maps everything to the start of the range when the domain has no width", () => {
    expect(scaleLinear([5, 5], [0, 10])(5)).toBe(0);
  });
});

describe("formatCompact", () => {
  it.each([
    [0, "0"],
    [950, "950"],
    [1_000, "1K"],
    [1_250, "1.3K"],
    [1_200_000, "1.2M"],
    [3_400_000_000, "3.4B"],
    [0.25, "0.25"],
    [-1_500, "-1.5K"],
  ])("%d → %s", (value, expected) => {
    expect(formatCompact(value)).toBe(expected);
  });

  it("labels every tick of a nice axis distinctly", () => {
    for (const max of [7, 880, 12_345, 2_600_000, 470_000_000]) {
      const labels = niceTicks(0, max).ticks.map(formatCompact);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it("formats percentages and full counts", () => {
    expect(formatChartValue(152.4, "percent")).toBe("152%");
    expect(formatChartValue(1_234_567, "count")).toBe("1,234,567");
  });
});

describe("dates", () => {
  const days = (from: string, count: number) =>
    Array.from({ length: count }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

  it("formats a day in UTC", () => {
    expect(formatDay("2026-11-03")).toBe("Nov 3");
    expect(formatDay("2026-11-03", true)).toBe("Nov 3, 2026");
  });

  it("labels every day of a short series", () => {
    expect(dateTickIndexes(days("2026-11-01", 5), 6)).toEqual([0, 1, 2, 3, 4]);
  });

  it("labels Mondays, weekly for 30 days", () => {
    // 2026-10-31 is a Saturday; the first Monday is Nov 2 (index 2).
    const series = days("2026-10-31", 30);
    const ticks = dateTickIndexes(series, 6);
    expect(ticks).toEqual([2, 9, 16, 23]);
    expect(ticks.every((i) => new Date(`${series[i]}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
  });

  it("labels every other Monday for 90 days, never more than asked", () => {
    const ticks = dateTickIndexes(days("2026-09-01", 90), 6);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[1]! - ticks[0]!).toBe(14);
  });

  it("spaces labels evenly when the days are not consecutive", () => {
    expect(dateTickIndexes(["2026-01-01", "2026-01-05", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01", "2026-07-01"], 4)).toEqual([0, 3, 6]);
  });
});

describe("paths", () => {
  it("draws runs and breaks the line at missing values", () => {
    const points = [{ x: 0, y: 10 }, { x: 1, y: 20 }, { x: 2, y: null }, { x: 3, y: 5 }, { x: 4, y: 6 }];
    expect(linePath(points)).toBe("M0 10L1 20M3 5L4 6");
    expect(areaPath(points, 100)).toBe("M0 100L0 10L1 20L1 100ZM3 100L3 5L4 6L4 100Z");
  });

  it("shows a lone point as a short stroke and draws nothing for no data", () => {
    expect(linePath([{ x: 10, y: 5 }])).toBe("M8 5H12");
    expect(linePath([{ x: 0, y: null }])).toBe("");
    expect(areaPath([{ x: 10, y: 5 }], 100)).toBe("");
  });
});

describe("hourly axes", () => {
  it("labels hours in UTC and ticks every four hours on the clock", async () => {
    const { formatHour, hourTickIndexes } = await import("./chart-scale");
    const hours = Array.from({ length: 24 }, (_, index) => new Date(Date.UTC(2026, 10, 28, 13 + index)).toISOString());
    expect(formatHour(hours[0]!)).toBe("13:00");
    expect(formatHour(hours[11]!, true)).toBe("Nov 29, 00:00 UTC");
    expect(hourTickIndexes(hours).map((index) => formatHour(hours[index]!))).toEqual(["16:00", "20:00", "00:00", "04:00", "08:00", "12:00"]);
  });
});
