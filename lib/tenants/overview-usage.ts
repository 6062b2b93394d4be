import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import type { UsageMetric } from "../generated/prisma/enums";
import { USAGE_METRICS_SQL } from "../usage/usage-metric-sql";
import { isStandingMetric, USAGE_METRICS } from "../usage/usage-metrics";

// Usage for the tenant page: one GROUP BY over the last 90 days (usage_records is unique on
// tenant_id, metric, period_start, so the scan is bounded per metric), shaped in memory into
// daily series for 90 and 30 days. A day without a record is 0 for a flow (nothing happened) and
// null for a gauge (nobody counted).

const DAY_MS = 24 * 60 * 60 * 1000;

export type UsagePoint = { date: string; quantity: number | null };
export type UsageWindow = { from: string; to: string; total: number; latest: number | null; series: UsagePoint[] };
export type MetricUsage = {
  metric: UsageMetric;
  /** Flows (executions, tokens, api_calls) add up per period; gauges (seats, agents) are a standing count. */
  kind: "flow" | "gauge";
  /** From the current plan; null when there is no plan or it does not limit this metric. */
  limit: number | null;
  last30: UsageWindow;
  last90: UsageWindow;
};

type UsageRow = { metric: UsageMetric; day: string; quantity: bigint };

function utcDays(now: Date, count: number): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: count }, (_, i) => new Date(today - (count - 1 - i) * DAY_MS).toISOString().slice(0, 10));
}

export async function loadUsageRows(prisma: PrismaClient, tenantId: string, now: Date): Promise<UsageRow[]> {
  const from = new Date(`${utcDays(now, 90)[0]}T00:00:00.000Z`);
  return prisma.$queryRaw<UsageRow[]>`
    SELECT metric::text AS metric, to_char(period_start AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, sum(quantity)::bigint AS quantity
    FROM usage_records
    WHERE tenant_id = ${tenantId}::uuid
      AND metric = ANY(${USAGE_METRICS_SQL})
      AND period_start >= ${from} AND period_start < ${new Date(from.getTime() + 90 * DAY_MS)}
    GROUP BY 1, 2`;
}

function windowOf(days: string[], byDay: Map<string, number>, missing: 0 | null): UsageWindow {
  const series = days.map((date) => ({ date, quantity: byDay.get(date) ?? missing }));
  const recorded = days.filter((date) => byDay.has(date));
  return {
    from: days[0]!,
    to: days[days.length - 1]!,
    total: series.reduce((sum, point) => sum + (point.quantity ?? 0), 0),
    latest: recorded.length > 0 ? byDay.get(recorded[recorded.length - 1]!)! : null,
    series,
  };
}

export function shapeUsage(rows: UsageRow[], now: Date, limits: Map<UsageMetric, number>): MetricUsage[] {
  const days90 = utcDays(now, 90);
  const days30 = days90.slice(-30);
  return USAGE_METRICS.map((metric) => {
    const byDay = new Map(rows.filter((row) => row.metric === metric).map((row) => [row.day, Number(row.quantity)]));
    const gauge = isStandingMetric(metric);
    return {
      metric,
      kind: gauge ? "gauge" : "flow",
      limit: limits.get(metric) ?? null,
      last30: windowOf(days30, byDay, gauge ? null : 0),
      last90: windowOf(days90, byDay, gauge ? null : 0),
    };
  });
}
