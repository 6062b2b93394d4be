import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { nextUpdatedAt } from "../billing/billing-period";
import { assertPermission, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { buildPlanChangePreview, type PlanChangePreview } from "./plan-change";
import { changePlanSchema, type ChangePlanInput } from "./subscription-schemas";
import { assertSubscriptionUnchanged, lockSubscription } from "./subscription-locks";
import { subscriptionSelect, toSubscriptionView, type SubscriptionView } from "./subscription-view";

export type ChangePlanResult = { subscription: SubscriptionView; preview: PlanChangePreview };

/**
 * Moves a subscription to another active plan, keeping its billing interval and period; the new
 * price applies from the next invoice. Usage over the new limits does not block the change, but
 * is recorded in the audit row.
 */
export async function changePlan(options: CallOptions & { input: ChangePlanInput }): Promise<ChangePlanResult> {
  const { actor, request } = options;
  assertPermission(actor, "billing.manage");
  const input = parseInput(changePlanSchema, options.input);
  const now = options.now ?? new Date();

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockSubscription(tx, input.subscriptionId);
    assertSubscriptionUnchanged(before, input.expectedUpdatedAt);
    // A share lock: the target plan cannot be archived or deleted until this change commits.
    await tx.$queryRaw`SELECT 1 FROM plans WHERE id = ${input.planId}::uuid FOR SHARE`;
    const preview = await buildPlanChangePreview(tx, before, input.planId, now);

    const after = await tx.subscription.update({
      where: { id: before.id },
      data: { planId: input.planId, updatedAt: nextUpdatedAt(before.updatedAt) },
      select: subscriptionSelect,
    });
    record({
      action: "subscription.change_plan",
      tenantId: before.tenantId,
      resourceType: "subscription",
      resourceId: before.id,
      details: {
        ...changedFields(
          { planId: preview.currentPlan.id, planName: preview.currentPlan.name, price: preview.currentPrice },
          { planId: preview.newPlan.id, planName: preview.newPlan.name, price: preview.newPrice },
        ),
        billingInterval: preview.billingInterval,
        currency: preview.currency,
        difference: preview.difference,
        overLimit: preview.overLimit,
      },
    });
    return { subscription: toSubscriptionView(after), preview };
  });
}
