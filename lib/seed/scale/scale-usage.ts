import type pg from "pg";
import { PLAN_SPECS } from "../build-plans";
import { startOfUtcDay } from "../time";
import { uniformSql } from "./sql-hash";

// Daily usage for a range of tenants: five metrics per tenant and day. Flow metrics follow the
// plan's monthly limit times a per-tenant utilisation, with growth, weekends and noise; gauges
// (seats, agents) step up slowly. Nothing is counted before sign-up or after a tenant stopped.

function planBaselines(): string {
  return PLAN_SPECS.map((p) => `('${p.slug}', ${p.limits.executions}::float8 / 30)`).join(", ");
}

export function usageChunkSql(days: number, exponent: number): string {
  const rowKey = "(t.idx::bigint * 1000 + d) * 8 + m.n";
  return `
    INSERT INTO usage_records (tenant_id, metric, quantity, period_start, period_end, created_at)
    SELECT t.id, m.metric::usage_metric,
      CASE WHEN NOT alive THEN 0
        WHEN m.metric = 'seats' THEN greatest(1, round(t.n_users * (0.75 + 0.25 * progress)))
        WHEN m.metric = 'agents' THEN greatest(1, round((1 + 40 * power(t.idx::float8, -${exponent}::float8)) * (0.7 + 0.3 * progress)))
        ELSE round(b.per_day * (0.05 + 1.1 * ${uniformSql("t.idx", 71)}) * (1 + (${uniformSql("t.idx", 72)} - 0.2) * progress)
          * CASE extract(isodow FROM day_start) WHEN 6 THEN 0.45 WHEN 7 THEN 0.35 ELSE 1 END
          * (0.85 + 0.3 * ${uniformSql(rowKey, 73)})
          * CASE m.metric WHEN 'tokens' THEN 1500 + 2500 * ${uniformSql("t.idx", 74)} WHEN 'api_calls' THEN 2.5 + 5 * ${uniformSql("t.idx", 75)} ELSE 1 END)
      END::bigint,
      day_start, day_start + interval '1 day', least($2::timestamptz, day_start + interval '1 day' + interval '17 minutes')
    FROM scale_tenants t
    JOIN (VALUES ${planBaselines()}) AS b(slug, per_day) ON b.slug = t.plan_slug
    CROSS JOIN generate_series(0, ${days - 1}) AS d
    CROSS JOIN LATERAL (SELECT $1::timestamptz - make_interval(days => ${days} - d) AS day_start, d::float8 / ${Math.max(1, days - 1)} AS progress) ds
    CROSS JOIN LATERAL (SELECT ds.day_start + interval '1 day' > t.created_at AND (t.active_until IS NULL OR ds.day_start < t.active_until) AS alive) a
    CROSS JOIN (VALUES ('executions', 1), ('tokens', 2), ('api_calls', 3), ('seats', 4), ('agents', 5)) AS m(metric, n)
    WHERE t.idx BETWEEN $3 AND $4
    ORDER BY t.idx, d, m.n`;
}

export async function insertUsageChunk(client: pg.ClientBase, sql: string, now: Date, fromIdx: number, toIdx: number): Promise<number> {
  const result = await client.query(sql, [startOfUtcDay(now), now, fromIdx, toIdx]);
  return result.rowCount ?? 0;
}
