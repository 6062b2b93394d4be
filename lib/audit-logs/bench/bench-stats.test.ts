import { describe, expect, it } from "vitest";
import { checkTargets, percentile, summarise } from "./bench-stats";

describe("bench statistics", () => {
  it("takes nearest-rank percentiles", () => {
    const samples = Array.from({ length: 30 }, (_, i) => 30 - i);
    expect(percentile(samples, 50)).toBe(15);
    expect(percentile(samples, 95)).toBe(29);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("summarises console and raw timings with their median ratio, and checks the targets", () => {
    const figures = summarise("q", "tenant:acme", 50, [2, 2, 2, 3], [1, 1, 2, 2]);
    expect(figures).toMatchObject({ p50_ms: 2, raw_p50_ms: 1, ratio_p50: 2, rows_returned: 50 });
    const targets = checkTargets([figures]);
    expect(targets).toEqual([
      { name: "q", limit: "p95 ≤ 10 ms", met: true, detail: "3 ms" },
      { name: "q", limit: "median ≤ 1.3× raw", met: false, detail: "2×" },
    ]);
  });
});
