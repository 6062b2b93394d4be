import "server-only";
import { MONTHLY_REVENUE_SQL } from "../billing/monthly-revenue";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";

export type BillingOverview = {
  revenueByCurrency: { currency: string; amount: string }[];
  subscriptionsByStatus: { status: string; count: number }[];
  subscriptionsByPlan: { planId: string; plan: string; slug: string; count: number; mrr: string; currency: string }[];
};

/** MRR and the live subscription mix, from passes over subscriptions (10,000 rows at scale). */
export async function getBillingOverview(options: ReadOptions): Promise<BillingOverview> {
  assertPermission(options.actor, "billing.view");
  const prisma = resolvePrisma(options);
  const [byStatus, byPlan, revenue] = await Promise.all([
    prisma.$queryRaw<{ status: string; n: number }[]>`
      SELECT status::text AS status, count(*)::int AS n FROM subscriptions WHERE ended_at IS NULL GROUP BY 1 ORDER BY 2 DESC`,
    prisma.$queryRaw<{ plan_id: string; name: string; slug: string; currency: string; n: number; mrr: string }[]>`
      SELECT p.id::text AS plan_id, p.name, p.slug, p.currency, count(*)::int AS n, sum(${MONTHLY_REVENUE_SQL})::text AS mrr
      FROM subscriptions s JOIN plans p ON p.id = s.plan_id
      WHERE s.ended_at IS NULL AND s.status <> 'canceled'
      GROUP BY p.id ORDER BY p.sort_order, p.name`,
    // Money is summed by PostgreSQL's numeric, never in floating point.
    prisma.$queryRaw<{ currency: string; amount: string }[]>`
      SELECT p.currency, sum(${MONTHLY_REVENUE_SQL})::text AS amount
      FROM subscriptions s JOIN plans p ON p.id = s.plan_id
      WHERE s.ended_at IS NULL AND s.status <> 'canceled'
      GROUP BY p.currency ORDER BY sum(${MONTHLY_REVENUE_SQL}) DESC, p.currency`,
  ]);
  return {
    revenueByCurrency: revenue.map((row) => ({ currency: row.currency.trim(), amount: row.amount })),
    subscriptionsByStatus: byStatus.map((row) => ({ status: row.status, count: row.n })),
    subscriptionsByPlan: byPlan.map((row) => ({ planId: row.plan_id, plan: row.name, slug: row.slug, count: row.n, mrr: row.mrr, currency: row.currency.trim() })),
  };
}
