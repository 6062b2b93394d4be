import "server-only";
import { z } from "zod";
import { CURRENT_SUBSCRIPTIONS_SQL } from "../billing/current-subscription";
import { assertPermission, parseInput, resolvePrisma, type ReadOptions } from "../domain/call-options";
import { Prisma } from "../generated/prisma/client";
import type { UsageMetric } from "../generated/prisma/enums";
import { STANDING_METRICS_SQL } from "./usage-metric-sql";

// Tenants whose usage in the current billing month is above a limit of their current plan.
// Limits are per billing month (see usageWindow in lib/billing/billing-period): the whole
// period of a monthly subscription; for a yearly one, the month of the period that holds now.
// Flows add up the records starting in that window; seats and agents take the latest record.
// Each (tenant, limited metric) is one probe of the (tenant_id, metric, period_start) index;
// OFFSET 0 keeps that probe from being inlined, and so run again, for WHERE and ORDER BY.

export const OVER_LIMIT_MAX_ROWS = 200;

export type OverLimitRow = {
  tenant: { id: string; name: string; slug: string };
  plan: { id: string; name: string; slug: string };
  metric: UsageMetric;
  /** bigint counts as decimal strings. */
  usage: string;
  limit: string;
  /** Usage as a percentage of the limit, one decimal; null when the limit is 0. */
  percent: number | null;
  window: { from: Date; to: Date };
};

export type OverLimitResult = { rows: OverLimitRow[]; truncated: boolean };

type Raw = {
  tenant_id: string;
  tenant_name: string;
  tenant_slug: string;
  plan_id: string;
  plan_name: string;
  plan_slug: string;
  metric: UsageMetric;
  usage: string;
  limit: string;
  percent: number | null;
  window_from: Date;
  window_to: Date;
};

const tenantIdSchema = z.uuid("Choose a tenant by its id.").nullish();

/** Every tenant over a limit, or only `tenantId`'s limits. */
export async function listOverLimitTenants(options: ReadOptions & { tenantId?: string | null }): Promise<OverLimitResult> {
  assertPermission(options.actor, "billing.view");
  const tenantId = parseInput(tenantIdSchema, options.tenantId);
  const onlyTenant = tenantId ? Prisma.sql`WHERE cs.tenant_id = ${tenantId}::uuid` : Prisma.empty;
  const now = options.now ?? new Date();
  const prisma = resolvePrisma(options);
  // The month arithmetic runs in UTC and clamps to the month's end (Jan 31 + 1 month = Feb 28),
  // as addMonths does; month k is the last one that has started by now, at most the 12th.
  const [, raw] = await prisma.$transaction([
    prisma.$executeRaw`SET LOCAL jit = off`,
    prisma.$queryRaw<Raw[]>`
      WITH usage_window AS (
        SELECT cs.tenant_id, cs.plan_id, cs.plan_name, cs.plan_slug,
          CASE WHEN cs.billing_interval = 'year'
            THEN (cs.current_period_start AT TIME ZONE 'UTC' + make_interval(months => ym.k)) AT TIME ZONE 'UTC'
            ELSE cs.current_period_start END AS window_from,
          CASE WHEN cs.billing_interval = 'year'
            THEN least((cs.current_period_start AT TIME ZONE 'UTC' + make_interval(months => ym.k + 1)) AT TIME ZONE 'UTC', cs.current_period_end)
            ELSE cs.current_period_end END AS window_to
        FROM (${CURRENT_SUBSCRIPTIONS_SQL}) cs
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS k FROM generate_series(1, 11) AS m(n)
          WHERE cs.billing_interval = 'year'
            AND (cs.current_period_start AT TIME ZONE 'UTC' + make_interval(months => m.n)) AT TIME ZONE 'UTC' <= ${now}
        ) ym
        ${onlyTenant}
      )
      SELECT t.id::text AS tenant_id, t.name AS tenant_name, t.slug AS tenant_slug,
        w.plan_id::text AS plan_id, w.plan_name, w.plan_slug,
        l.metric::text AS metric, u.used::text AS usage, l."limit"::text AS "limit",
        CASE WHEN l."limit" > 0 THEN round(u.used * 100 / l."limit", 1)::float8 END AS percent,
        w.window_from, w.window_to
      FROM usage_window w
      JOIN plan_limits l ON l.plan_id = w.plan_id
      CROSS JOIN LATERAL (
        SELECT CASE WHEN l.metric = ANY(${STANDING_METRICS_SQL}) THEN
          (SELECT ur.quantity FROM usage_records ur
            WHERE ur.tenant_id = w.tenant_id AND ur.metric = l.metric AND ur.period_start >= w.window_from AND ur.period_start < w.window_to
            ORDER BY ur.period_start DESC LIMIT 1)::numeric
        ELSE
          (SELECT sum(ur.quantity) FROM usage_records ur
            WHERE ur.tenant_id = w.tenant_id AND ur.metric = l.metric AND ur.period_start >= w.window_from AND ur.period_start < w.window_to)
        END AS used
        OFFSET 0
      ) u
      JOIN tenants t ON t.id = w.tenant_id
      WHERE u.used > l."limit"
      ORDER BY (l."limit" = 0) DESC, u.used / nullif(l."limit", 0) DESC, lower(t.name), t.id, l.metric
      LIMIT ${OVER_LIMIT_MAX_ROWS + 1}`,
  ]);

  return {
    rows: raw.slice(0, OVER_LIMIT_MAX_ROWS).map((row) => ({
      tenant: { id: row.tenant_id, name: row.tenant_name, slug: row.tenant_slug },
      plan: { id: row.plan_id, name: row.plan_name, slug: row.plan_slug },
      metric: row.metric,
      usage: row.usage,
      limit: row.limit,
      percent: row.percent === null ? null : Number(row.percent),
      window: { from: row.window_from, to: row.window_to },
    })),
    truncated: raw.length > OVER_LIMIT_MAX_ROWS,
  };
}
