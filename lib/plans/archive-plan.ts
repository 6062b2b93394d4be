import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { nextUpdatedAt } from "../billing/billing-period";
import { assertPermission, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import { assertPlanUnchanged, lockPlan } from "./plan-locks";
import { planStateChangeSchema, type ArchivePlanInput } from "./plan-schemas";
import { countSubscribers } from "./plan-subscribers";
import { planSelect, toPlanView, type PlanView } from "./plan-view";

/** Takes a plan off sale: its subscribers keep it, but no subscription can move to it any more. */
export async function archivePlan(options: CallOptions & { input: ArchivePlanInput }): Promise<PlanView> {
  const { actor, request } = options;
  assertPermission(actor, "billing.manage");
  const input = parseInput(planStateChangeSchema, options.input);

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockPlan(tx, input.planId);
    assertPlanUnchanged(before, input.expectedUpdatedAt);
    if (before.status === "archived") throw new DomainError("no_change", `${before.name} is already archived.`);

    const after = await tx.plan.update({
      where: { id: before.id },
      data: { status: "archived", updatedAt: nextUpdatedAt(before.updatedAt) },
      select: planSelect,
    });
    record({
      action: "plan.archive",
      resourceType: "plan",
      resourceId: after.id,
      details: { ...changedFields({ status: before.status }, { status: after.status }), subscribers: await countSubscribers(tx, after.id) },
    });
    return toPlanView(after);
  });
}
