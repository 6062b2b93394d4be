import "server-only";
import type { TransactionClient } from "../audit/run-audited";
import type { PrismaClient } from "../generated/prisma/client";
import type { UsageMetric } from "../generated/prisma/enums";
import { STANDING_METRICS_SQL } from "../usage/usage-metric-sql";
import { isStandingMetric, USAGE_METRICS } from "../usage/usage-metrics";

// Usage of one tenant in a period. Flow metrics add up the records that start in [from, to);
// standing counts (seats, agents) take the latest record in the period, since adding daily
// head-counts means nothing. Quantities are bigint in the database, so they leave as strings.

/** Decimal integer strings; "0" for a flow with no records, null for a standing count with none. */
export type UsageByMetric = Record<UsageMetric, string | null>;

export async function usageInPeriod(
  db: PrismaClient | TransactionClient,
  query: { tenantId: string; from: Date; to: Date },
): Promise<UsageByMetric> {
  const rows = await db.$queryRaw<{ metric: UsageMetric; quantity: string }[]>`
    SELECT metric::text AS metric,
      CASE WHEN metric = ANY(${STANDING_METRICS_SQL}) THEN ((array_agg(quantity ORDER BY period_start DESC))[1])::text
        ELSE sum(quantity)::text END AS quantity
    FROM usage_records
    WHERE tenant_id = ${query.tenantId}::uuid AND period_start >= ${query.from} AND period_start < ${query.to}
    GROUP BY metric`;
  const usage = Object.fromEntries(USAGE_METRICS.map((metric) => [metric, isStandingMetric(metric) ? null : "0"])) as UsageByMetric;
  for (const row of rows) usage[row.metric] = row.quantity;
  return usage;
}
