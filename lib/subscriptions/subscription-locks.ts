import "server-only";
import type { TransactionClient } from "../audit/run-audited";
import { assertUnchangedSince } from "../domain/call-options";
import { notFound } from "../domain/domain-error";
import { subscriptionSelect, toSubscriptionView, type SubscriptionRecord } from "./subscription-view";

// Every subscription mutation locks the row first, then checks it, then writes.

export async function lockSubscription(tx: TransactionClient, subscriptionId: string): Promise<SubscriptionRecord> {
  await tx.$queryRaw`SELECT 1 FROM subscriptions WHERE id = ${subscriptionId}::uuid FOR UPDATE`;
  const record = await tx.subscription.findUnique({ where: { id: subscriptionId }, select: subscriptionSelect });
  if (!record) throw notFound("This subscription");
  return record;
}

export function assertSubscriptionUnchanged(record: SubscriptionRecord, expectedUpdatedAt: Date): void {
  assertUnchangedSince(record, expectedUpdatedAt, `${record.tenant.name}'s subscription`, () => toSubscriptionView(record));
}

/** For the audit row: the subscription fields a change may touch, dates as they are stored. */
export function lifecycleOf(record: Omit<SubscriptionRecord, "tenant" | "plan">) {
  return {
    status: record.status,
    currentPeriodStart: record.currentPeriodStart,
    currentPeriodEnd: record.currentPeriodEnd,
    trialEndsAt: record.trialEndsAt,
    cancelAtPeriodEnd: record.cancelAtPeriodEnd,
    canceledAt: record.canceledAt,
    cancellationReason: record.cancellationReason,
    endedAt: record.endedAt,
  };
}
