import "server-only";
import { runAudited } from "../audit/run-audited";
import { assertPermission, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import { countOf } from "../format/count-of";
import { assertPlanUnchanged, lockPlan } from "./plan-locks";
import { planStateChangeSchema, type DeletePlanInput } from "./plan-schemas";
import { planAuditDiff, toPlanView } from "./plan-view";

/**
 * Deletes a plan that no subscription has ever used, with its limits. Any subscription, even a
 * canceled one, keeps its plan for the billing history, so such a plan can only be archived.
 * The row lock also holds back a subscription being created on the plan meanwhile (its foreign
 * key check waits for the lock), so the count cannot go stale before the delete.
 */
export async function deletePlan(options: CallOptions & { input: DeletePlanInput }): Promise<{ id: string; name: string }> {
  const { actor, request } = options;
  assertPermission(actor, "billing.manage");
  const input = parseInput(planStateChangeSchema, options.input);

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockPlan(tx, input.planId);
    assertPlanUnchanged(before, input.expectedUpdatedAt);
    const subscriptions = await tx.subscription.count({ where: { planId: before.id } });
    if (subscriptions > 0) {
      throw new DomainError("conflict", `${before.name} has ${countOf(subscriptions, "subscription")}, so it cannot be deleted. Archive it instead.`);
    }

    await tx.plan.delete({ where: { id: before.id } });
    record({ action: "plan.delete", resourceType: "plan", resourceId: before.id, details: planAuditDiff(toPlanView(before), null) });
    return { id: before.id, name: before.name };
  });
}
