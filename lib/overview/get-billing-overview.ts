import "server-only";
import { MONTHLY_REVENUE_SQL } from "../billing/monthly-revenue";
import { getPrisma } from "../db";
import type { PrismaClient } from "../generated/prisma/client";

export type BillingOverview = {
  revenueByCurrency: { currency: string; amount: string }[];
  subscriptionsByStatus: { status: string; count: number }[];
  subscriptionsByPlan: { planId: string; plan: string; slug: string; count: number; mrr: string; currency: string }[];
};

/** MRR and the live subscription mix, from one pass over subscriptions (10,000 rows at scale). */
export async function getBillingOverview(options: { prisma?: PrismaClient } = {}): Promise<BillingOverview> {
  const prisma = options.prisma ?? getPrisma();
  const [byStatus, byPlan] = await Promise.all([
    prisma.$queryRaw<{ status: string; n: number }[]>`
      SELECT status::text AS status, count(*)::int AS n FROM subscriptions WHERE ended_at IS NULL GROUP BY 1 ORDER BY 2 DESC`,
    prisma.$queryRaw<{ plan_id: string; name: string; slug: string; currency: string; n: number; mrr: string }[]>`
      SELECT p.id::text AS plan_id, p.name, p.slug, p.currency, count(*)::int AS n, sum(${MONTHLY_REVENUE_SQL})::text AS mrr
      FROM subscriptions s JOIN plans p ON p.id = s.plan_id
      WHERE s.ended_at IS NULL AND s.status <> 'canceled'
      GROUP BY p.id ORDER BY p.sort_order, p.name`,
  ]);
  const revenue = new Map<string, number>();
  // Sums of two-decimal amounts: whole cents are exact in a double far beyond any plausible MRR.
  for (const row of byPlan) revenue.set(row.currency.trim(), (revenue.get(row.currency.trim()) ?? 0) + Math.round(Number(row.mrr) * 100));
  return {
    revenueByCurrency: [...revenue].sort((a, b) => b[1] - a[1]).map(([currency, cents]) => ({ currency, amount: (cents / 100).toFixed(2) })),
    subscriptionsByStatus: byStatus.map((row) => ({ status: row.status, count: row.n })),
    subscriptionsByPlan: byPlan.map((row) => ({ planId: row.plan_id, plan: row.name, slug: row.slug, count: row.n, mrr: row.mrr, currency: row.currency.trim() })),
  };
}
