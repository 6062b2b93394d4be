import "server-only";
import type { TransactionClient } from "../audit/run-audited";
import type { PrismaClient } from "../generated/prisma/client";

// The tenant's current subscription: the most recently created one that has not ended and is not
// canceled. Older rows are history. Uses subscriptions (tenant_id, created_at DESC).

export async function findCurrentSubscription(db: PrismaClient | TransactionClient, tenantId: string) {
  return db.subscription.findFirst({
    where: { tenantId, endedAt: null, status: { not: "canceled" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: {
      plan: {
        select: {
          id: true, name: true, slug: true, priceMonthly: true, priceYearly: true, currency: true, status: true,
          limits: { select: { metric: true, limit: true }, orderBy: { metric: "asc" } },
        },
      },
    },
  });
}

export type CurrentSubscriptionRecord = NonNullable<Awaited<ReturnType<typeof findCurrentSubscription>>>;
