// Percentiles and the bench.json shape for `npm run bench`.

export type QueryFigures = {
  name: string;
  query: string;
  rows_returned: number;
  p50_ms: number;
  p95_ms: number;
  raw_p50_ms: number;
  raw_p95_ms: number;
  ratio_p50: number;
};

export type Target = { name: string; limit: string; met: boolean; detail: string };

/** The nearest-rank percentile of the samples (p in 0..100). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export function summarise(name: string, query: string, rowsReturned: number, console: number[], raw: number[]): QueryFigures {
  const p50 = percentile(console, 50);
  const rawP50 = percentile(raw, 50);
  return {
    name,
    query,
    rows_returned: rowsReturned,
    p50_ms: round(p50),
    p95_ms: round(percentile(console, 95)),
    raw_p50_ms: round(rawP50),
    raw_p95_ms: round(percentile(raw, 95)),
    ratio_p50: Math.round((p50 / rawP50) * 100) / 100,
  };
}

/** The targets: p95 ≤ 100 ms for all, ≤ 10 ms for queries 1, 2 and 7, overhead ≤ 1.3× at the median. */
export function checkTargets(figures: QueryFigures[]): Target[] {
  const fast = new Set([0, 1, 6]);
  return figures.flatMap((f, i) => {
    const limit = fast.has(i) ? 10 : 100;
    return [
      { name: f.name, limit: `p95 ≤ ${limit} ms`, met: f.p95_ms <= limit, detail: `${f.p95_ms} ms` },
      { name: f.name, limit: "median ≤ 1.3× raw", met: f.ratio_p50 <= 1.3, detail: `${f.ratio_p50}×` },
    ];
  });
}
