import "server-only";
import { runAudited } from "../audit/run-audited";
import { assertPermission, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import type { UsageMetric } from "../generated/prisma/enums";
import { isUniqueViolation } from "../domain/is-unique-violation";
import { assertSlugFree, slugTaken } from "./plan-locks";
import { createPlanSchema, type CreatePlanInput } from "./plan-schemas";
import { planAuditDiff, planSelect, toPlanView, type PlanView } from "./plan-view";

/** Creates an active plan with its limits (no row for an unlimited metric). */
export async function createPlan(options: CallOptions & { input: CreatePlanInput }): Promise<PlanView> {
  const { actor, request } = options;
  assertPermission(actor, "billing.manage");
  const input = parseInput(createPlanSchema, options.input);
  const limited = (Object.entries(input.limits) as [UsageMetric, bigint | null][]).filter(
    (entry): entry is [UsageMetric, bigint] => entry[1] !== null,
  );

  try {
    return await runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
      await assertSlugFree(tx, input.slug);
      const created = await tx.plan.create({
        data: {
          name: input.name,
          slug: input.slug,
          description: input.description,
          priceMonthly: input.priceMonthly,
          priceYearly: input.priceYearly,
          currency: input.currency,
          features: input.features,
          sortOrder: input.sortOrder,
          limits: { create: limited.map(([metric, limit]) => ({ metric, limit })) },
        },
        select: planSelect,
      });
      const plan = toPlanView(created);
      record({ action: "plan.create", resourceType: "plan", resourceId: plan.id, details: planAuditDiff(null, plan) });
      return plan;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}
