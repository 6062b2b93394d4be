import "server-only";
import { hasChanges } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { nextUpdatedAt } from "../billing/billing-period";
import { assertPermission, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import { isUniqueViolation } from "../domain/is-unique-violation";
import { assertPlanUnchanged, assertSlugFree, lockPlan, savePlanLimits, slugTaken } from "./plan-locks";
import { updatePlanSchema, type UpdatePlanInput } from "./plan-schemas";
import { limitsOf, planAuditDiff, planSelect, toPlanView, type PlanView } from "./plan-view";

/**
 * Replaces a plan's fields and limits. Existing subscriptions keep their billing interval; new
 * prices apply from their next period. The plan row is always touched, so that a change to the
 * limits alone still gives the plan a new updatedAt for the next stale check.
 */
export async function updatePlan(options: CallOptions & { input: UpdatePlanInput }): Promise<PlanView> {
  const { actor, request } = options;
  assertPermission(actor, "billing.manage");
  const { planId, expectedUpdatedAt, limits, ...fields } = parseInput(updatePlanSchema, options.input);

  try {
    return await runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
      const current = await lockPlan(tx, planId);
      assertPlanUnchanged(current, expectedUpdatedAt);
      const before = toPlanView(current);
      const newLimits = limitsOf(Object.entries(limits).map(([metric, limit]) => ({ metric: metric as keyof typeof limits, limit })));
      const diff = planAuditDiff(before, { ...before, ...fields, limits: newLimits });
      if (!hasChanges(diff)) throw new DomainError("no_change", `${before.name} already has these values.`);
      if (fields.slug !== before.slug) await assertSlugFree(tx, fields.slug, planId);

      await tx.plan.update({ where: { id: planId }, data: { ...fields, updatedAt: nextUpdatedAt(before.updatedAt) } });
      await savePlanLimits(tx, planId, limits);
      const after = toPlanView(await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: planSelect }));
      record({ action: "plan.update", resourceType: "plan", resourceId: planId, details: diff });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}
