import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import { notFound } from "../domain/domain-error";
import { getSubscriptionSchema, type GetSubscriptionInput } from "./subscription-schemas";
import { subscriptionSelect, toSubscriptionView, type SubscriptionView } from "./subscription-view";

export async function getSubscription(options: ReadOptions & { input: GetSubscriptionInput }): Promise<SubscriptionView> {
  assertPermission(options.actor, "billing.view");
  // A malformed id names no subscription: answer as for a missing one.
  const parsed = getSubscriptionSchema.safeParse(options.input);
  if (!parsed.success) throw notFound("This subscription");
  const record = await resolvePrisma(options).subscription.findUnique({ where: { id: parsed.data.subscriptionId }, select: subscriptionSelect });
  if (!record) throw notFound("This subscription");
  return toSubscriptionView(record);
}
