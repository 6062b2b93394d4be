import "server-only";
import type { TransactionClient } from "../audit/run-audited";
import { currentSubscriptionWhere } from "../billing/current-subscription";
import type { PrismaClient } from "../generated/prisma/client";

// A plan's subscribers are its subscriptions that are neither canceled nor ended: the same test
// that makes a subscription its tenant's current one.

export function countSubscribers(db: PrismaClient | TransactionClient, planId: string): Promise<number> {
  return db.subscription.count({ where: { planId, ...currentSubscriptionWhere } });
}
