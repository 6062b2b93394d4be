import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { UsageMetric } from "../generated/prisma/enums";
import { defineListSource, searchColumns } from "../data-table/list-source";
import { usageRecordListSpec } from "./usage-record-list-spec";

export type UsageRecordListRow = {
  /** bigint id, as a string. */
  id: string;
  tenant: { id: string; name: string; slug: string };
  metric: UsageMetric;
  /** bigint, as a decimal string: token counts can pass 2^53. */
  quantity: string;
  periodStart: Date;
  periodEnd: Date;
  recordedAt: Date;
};

// Each page joins its 25–100 rows to their tenants by primary key; searching a name or slug
// filters tenants first, so the records come from the (tenant_id, metric, period_start) index.
export const usageRecordListSource = defineListSource<UsageRecordListRow, (typeof usageRecordListSpec.sorts)[number]>({
  spec: usageRecordListSpec,
  select: Prisma.sql`ur.id::text AS id, ur.tenant_id::text AS tenant_id, t.name AS tenant_name, t.slug AS tenant_slug,
    ur.metric::text AS metric, ur.quantity::text AS quantity, ur.period_start, ur.period_end, ur.created_at`,
  from: Prisma.sql`usage_records ur JOIN tenants t ON t.id = ur.tenant_id`,
  id: Prisma.sql`ur.id`,
  sorts: { periodStart: Prisma.sql`ur.period_start` },
  notNullSorts: ["periodStart"],
  facets: { metric: { sql: Prisma.sql`ur.metric`, enumType: "usage_metric" } },
  ranges: { period: Prisma.sql`ur.period_start`, quantity: Prisma.sql`ur.quantity` },
  search: searchColumns([Prisma.sql`t.name`, Prisma.sql`t.slug`]),
  mapRow: (raw) => ({
    id: String(raw.id),
    tenant: { id: String(raw.tenant_id), name: String(raw.tenant_name), slug: String(raw.tenant_slug) },
    metric: String(raw.metric) as UsageMetric,
    quantity: String(raw.quantity),
    periodStart: raw.period_start as Date,
    periodEnd: raw.period_end as Date,
    recordedAt: raw.created_at as Date,
  }),
});

/** The fixed condition for a list scoped to one tenant (the id is a bound parameter). */
export function usageRecordTenantScope(tenantId: string): Prisma.Sql {
  return Prisma.sql`ur.tenant_id = ${tenantId}::uuid`;
}
