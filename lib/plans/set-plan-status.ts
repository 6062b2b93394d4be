import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { nextUpdatedAt } from "../billing/billing-period";
import { assertPermission, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import type { PlanStatus } from "../generated/prisma/enums";
import { assertPlanUnchanged, lockPlan } from "./plan-locks";
import { planStateChangeSchema, type ArchivePlanInput } from "./plan-schemas";
import { countSubscribers } from "./plan-subscribers";
import { planSelect, toPlanView, type PlanView } from "./plan-view";

// The shared body of archivePlan and unarchivePlan.
export async function setPlanStatus(options: CallOptions & { input: ArchivePlanInput }, status: PlanStatus): Promise<PlanView> {
  const { actor, request } = options;
  assertPermission(actor, "billing.manage");
  const input = parseInput(planStateChangeSchema, options.input);

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockPlan(tx, input.planId);
    assertPlanUnchanged(before, input.expectedUpdatedAt);
    if (before.status === status) throw new DomainError("no_change", `${before.name} is already ${status}.`);

    const after = await tx.plan.update({
      where: { id: before.id },
      data: { status, updatedAt: nextUpdatedAt(before.updatedAt) },
      select: planSelect,
    });
    const changed = changedFields({ status: before.status }, { status: after.status });
    record({
      action: status === "archived" ? "plan.archive" : "plan.unarchive",
      resourceType: "plan",
      resourceId: after.id,
      // Archiving says how many subscribers keep an off-sale plan.
      details: status === "archived" ? { ...changed, subscribers: await countSubscribers(tx, after.id) } : changed,
    });
    return toPlanView(after);
  });
}
