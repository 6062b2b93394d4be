import "server-only";
import { assertPermission, parseInput, resolvePrisma, type ReadOptions } from "../domain/call-options";
import { notFound } from "../domain/domain-error";
import { buildPlanChangePreview, type PlanChangePreview } from "./plan-change";
import { previewPlanChangeSchema, type PreviewPlanChangeInput } from "./subscription-schemas";
import { subscriptionSelect } from "./subscription-view";

/** Read-only: what changePlan would do, for the admin to confirm (support may look too). */
export async function previewPlanChange(options: ReadOptions & { input: PreviewPlanChangeInput }): Promise<PlanChangePreview> {
  assertPermission(options.actor, "billing.view");
  const input = parseInput(previewPlanChangeSchema, options.input);
  const prisma = resolvePrisma(options);
  const subscription = await prisma.subscription.findUnique({ where: { id: input.subscriptionId }, select: subscriptionSelect });
  if (!subscription) throw notFound("This subscription");
  return buildPlanChangePreview(prisma, subscription, input.planId, options.now ?? new Date());
}
