import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { nextUpdatedAt } from "../billing/billing-period";
import { assertPermission, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import { assertPlanUnchanged, lockPlan } from "./plan-locks";
import { planStateChangeSchema, type UnarchivePlanInput } from "./plan-schemas";
import { planSelect, toPlanView, type PlanView } from "./plan-view";

/** Puts an archived plan back on sale. */
export async function unarchivePlan(options: CallOptions & { input: UnarchivePlanInput }): Promise<PlanView> {
  const { actor, request } = options;
  assertPermission(actor, "billing.manage");
  const input = parseInput(planStateChangeSchema, options.input);

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockPlan(tx, input.planId);
    assertPlanUnchanged(before, input.expectedUpdatedAt);
    if (before.status === "active") throw new DomainError("no_change", `${before.name} is already active.`);

    const after = await tx.plan.update({
      where: { id: before.id },
      data: { status: "active", updatedAt: nextUpdatedAt(before.updatedAt) },
      select: planSelect,
    });
    record({
      action: "plan.unarchive",
      resourceType: "plan",
      resourceId: after.id,
      details: changedFields({ status: before.status }, { status: after.status }),
    });
    return toPlanView(after);
  });
}
