import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { addDays, nextUpdatedAt } from "../billing/billing-period";
import { assertPermission, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import { extendTrialSchema, type ExtendTrialInput } from "./subscription-schemas";
import { assertSubscriptionUnchanged, lifecycleOf, lockSubscription } from "./subscription-locks";
import { subscriptionSelect, toSubscriptionView, type SubscriptionView } from "./subscription-view";

/**
 * Gives a trial more days. A trial that has already lapsed (but is still trialing) is extended
 * from now, so the days granted are days the tenant actually gets. The period is stretched to
 * cover the trial when it would end first.
 */
export async function extendTrial(options: CallOptions & { input: ExtendTrialInput }): Promise<SubscriptionView> {
  const { actor, request } = options;
  assertPermission(actor, "billing.manage");
  const input = parseInput(extendTrialSchema, options.input);
  const now = options.now ?? new Date();

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockSubscription(tx, input.subscriptionId);
    assertSubscriptionUnchanged(before, input.expectedUpdatedAt);
    if (before.status !== "trialing") {
      throw new DomainError("conflict", `Only a trial can be extended; ${before.tenant.name}'s subscription is ${before.status.replace("_", " ")}.`);
    }

    const trialEnd = before.trialEndsAt ?? before.currentPeriodEnd;
    const trialEndsAt = addDays(trialEnd.getTime() > now.getTime() ? trialEnd : now, input.days);
    const currentPeriodEnd = before.currentPeriodEnd.getTime() < trialEndsAt.getTime() ? trialEndsAt : before.currentPeriodEnd;
    const after = await tx.subscription.update({
      where: { id: before.id },
      data: { trialEndsAt, currentPeriodEnd, updatedAt: nextUpdatedAt(before.updatedAt) },
      select: subscriptionSelect,
    });
    record({
      action: "subscription.extend_trial",
      tenantId: before.tenantId,
      resourceType: "subscription",
      resourceId: before.id,
      details: { ...changedFields(lifecycleOf(before), lifecycleOf(after)), days: input.days, ...(input.reason ? { reason: input.reason } : {}) },
    });
    return toSubscriptionView(after);
  });
}
