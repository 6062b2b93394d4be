import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited, type TransactionClient } from "../audit/run-audited";
import { addInterval, nextUpdatedAt } from "../billing/billing-period";
import { findCurrentSubscription } from "../billing/current-subscription";
import { assertPermission, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import { reactivateSubscriptionSchema, type ReactivateSubscriptionInput } from "./subscription-schemas";
import { assertSubscriptionUnchanged, lifecycleOf, lockSubscription } from "./subscription-locks";
import { isFinished } from "./is-finished";
import { subscriptionSelect, toSubscriptionView, type SubscriptionRecord, type SubscriptionView } from "./subscription-view";

export type ReactivationMode = "undo_cancel_at_period_end" | "restart";

async function restartData(tx: TransactionClient, before: SubscriptionRecord, now: Date) {
  if (before.plan.status === "archived") {
    throw new DomainError("conflict", `${before.plan.name} is archived, so this subscription cannot restart on it. Choose an active plan instead.`);
  }
  // Restarting must not give the tenant a second current subscription. The tenant row lock makes
  // two restarts of the same tenant's subscriptions take turns, so the second sees the first.
  await tx.$queryRaw`SELECT 1 FROM tenants WHERE id = ${before.tenantId}::uuid FOR UPDATE`;
  const current = await findCurrentSubscription(tx, before.tenantId);
  if (current) {
    throw new DomainError("conflict", `${before.tenant.name} already has a current subscription. Change that one instead.`);
  }
  return {
    status: "active" as const,
    currentPeriodStart: now,
    currentPeriodEnd: addInterval(now, before.billingInterval),
    trialEndsAt: null,
    cancelAtPeriodEnd: false,
    canceledAt: null,
    cancellationReason: null,
    endedAt: null,
  };
}

/**
 * Undoes a cancellation scheduled for the end of the period; or restarts a canceled subscription
 * whose plan is still on sale, with a new period from now.
 */
export async function reactivateSubscription(options: CallOptions & { input: ReactivateSubscriptionInput }): Promise<SubscriptionView> {
  const { actor, request } = options;
  assertPermission(actor, "billing.manage");
  const input = parseInput(reactivateSubscriptionSchema, options.input);
  const now = options.now ?? new Date();

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockSubscription(tx, input.subscriptionId);
    assertSubscriptionUnchanged(before, input.expectedUpdatedAt);
    const mode: ReactivationMode | null = isFinished(before) ? "restart" : before.cancelAtPeriodEnd ? "undo_cancel_at_period_end" : null;
    if (!mode) throw new DomainError("no_change", `${before.tenant.name}'s subscription is not canceled.`);

    const data = mode === "restart" ? await restartData(tx, before, now) : { cancelAtPeriodEnd: false, cancellationReason: null };
    const after = await tx.subscription.update({
      where: { id: before.id },
      data: { ...data, updatedAt: nextUpdatedAt(before.updatedAt) },
      select: subscriptionSelect,
    });
    record({
      action: "subscription.reactivate",
      tenantId: before.tenantId,
      resourceType: "subscription",
      resourceId: before.id,
      details: { ...changedFields(lifecycleOf(before), lifecycleOf(after)), mode },
    });
    return toSubscriptionView(after);
  });
}
