import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { nextUpdatedAt } from "../billing/billing-period";
import { assertPermission, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import { cancelSubscriptionSchema, type CancelSubscriptionInput } from "./subscription-schemas";
import { assertSubscriptionUnchanged, lifecycleOf, lockSubscription } from "./subscription-locks";
import { isFinished } from "./is-finished";
import { subscriptionSelect, toSubscriptionView, type SubscriptionView } from "./subscription-view";

/**
 * Cancels at the end of the current period (the tenant keeps the plan until then), or now (the
 * subscription ends at once). A scheduled cancellation can still be made immediate.
 */
export async function cancelSubscription(options: CallOptions & { input: CancelSubscriptionInput }): Promise<SubscriptionView> {
  const { actor, request } = options;
  assertPermission(actor, "billing.manage");
  const input = parseInput(cancelSubscriptionSchema, options.input);
  const now = options.now ?? new Date();

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockSubscription(tx, input.subscriptionId);
    assertSubscriptionUnchanged(before, input.expectedUpdatedAt);
    if (isFinished(before)) throw new DomainError("no_change", `${before.tenant.name}'s subscription is already canceled.`);
    if (input.mode === "at_period_end" && before.cancelAtPeriodEnd) {
      throw new DomainError("no_change", `${before.tenant.name}'s subscription is already set to cancel at the end of its period.`);
    }

    const after = await tx.subscription.update({
      where: { id: before.id },
      data: {
        ...(input.mode === "now"
          ? { status: "canceled", canceledAt: now, endedAt: now, cancelAtPeriodEnd: false }
          : { cancelAtPeriodEnd: true }),
        cancellationReason: input.reason,
        updatedAt: nextUpdatedAt(before.updatedAt),
      },
      select: subscriptionSelect,
    });
    record({
      action: "subscription.cancel",
      tenantId: before.tenantId,
      resourceType: "subscription",
      resourceId: before.id,
      details: { ...changedFields(lifecycleOf(before), lifecycleOf(after)), mode: input.mode, reason: input.reason },
    });
    return toSubscriptionView(after);
  });
}
