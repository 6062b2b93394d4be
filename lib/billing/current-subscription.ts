import "server-only";
import type { TransactionClient } from "../audit/run-audited";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { monthlyRevenueSql } from "./monthly-revenue";
import { sqlAlias } from "./sql-alias";

// A tenant's current subscription: its most recently created one that has not ended and is not
// canceled. Older or ended ones are history. Defined once here, for Prisma and for raw SQL.

export const currentSubscriptionWhere = {
  endedAt: null,
  status: { not: "canceled" },
} satisfies Prisma.SubscriptionWhereInput;

export const currentSubscriptionOrderBy = [
  { createdAt: "desc" },
  { id: "desc" },
] satisfies Prisma.SubscriptionOrderByWithRelationInput[];

export function findCurrentSubscription(db: PrismaClient | TransactionClient, tenantId: string) {
  return db.subscription.findFirst({
    where: { tenantId, ...currentSubscriptionWhere },
    orderBy: currentSubscriptionOrderBy,
  });
}

/**
 * The current subscription of the tenant row aliased `tenant`, with its plan's name, slug and
 * currency and its MRR; every column is null when there is none:
 *   FROM tenants t LEFT JOIN LATERAL (${currentSubscriptionLateral()}) cs ON true
 * gives cs.id, cs.plan_id, cs.status, cs.billing_interval, … (all subscriptions columns),
 * cs.plan_name, cs.plan_slug, cs.currency and cs.monthly_revenue (numeric).
 */
export function currentSubscriptionLateral(tenant = "t"): Prisma.Sql {
  const t = sqlAlias(tenant);
  return Prisma.sql`SELECT cs_s.*, cs_p.name AS plan_name, cs_p.slug AS plan_slug, cs_p.currency AS currency,
      ${monthlyRevenueSql("cs_s", "cs_p")} AS monthly_revenue
    FROM subscriptions cs_s JOIN plans cs_p ON cs_p.id = cs_s.plan_id
    WHERE cs_s.tenant_id = ${t}.id AND cs_s.ended_at IS NULL AND cs_s.status <> 'canceled'
    ORDER BY cs_s.created_at DESC, cs_s.id DESC
    LIMIT 1`;
}

export const CURRENT_SUBSCRIPTION_LATERAL: Prisma.Sql = currentSubscriptionLateral();

/**
 * The same, for every tenant at once (one row per tenant that has one), for lists that would
 * rather hash-join than run the lateral per row:
 *   FROM tenants t LEFT JOIN (${CURRENT_SUBSCRIPTIONS_SQL}) cs ON cs.tenant_id = t.id
 */
export const CURRENT_SUBSCRIPTIONS_SQL: Prisma.Sql = Prisma.sql`SELECT DISTINCT ON (cs_s.tenant_id) cs_s.*, cs_p.name AS plan_name,
    cs_p.slug AS plan_slug, cs_p.currency AS currency, ${monthlyRevenueSql("cs_s", "cs_p")} AS monthly_revenue
  FROM subscriptions cs_s JOIN plans cs_p ON cs_p.id = cs_s.plan_id
  WHERE cs_s.ended_at IS NULL AND cs_s.status <> 'canceled'
  ORDER BY cs_s.tenant_id, cs_s.created_at DESC, cs_s.id DESC`;
