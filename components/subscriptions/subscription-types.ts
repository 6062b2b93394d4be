import { formatUtcDate } from "@/lib/format/format-utc-date";
import type { SubscriptionView } from "@/lib/subscriptions/subscription-view";

export type { PlanChoice } from "@/lib/plans/list-plan-choices";

export type DialogProps = { subscription: SubscriptionView; onClose: () => void };

function isSubscriptionView(value: unknown): value is SubscriptionView {
  return typeof value === "object" && value !== null && "plan" in value && "status" in value && "currentPeriodEnd" in value;
}

/** For a refused stale save: what the subscription looks like after someone else's change. */
export function describeSubscription(current: unknown): string | null {
  if (!isSubscriptionView(current)) return null;
  const parts = [
    `on ${current.plan.name}`,
    current.status.replace("_", " "),
    `period ends ${formatUtcDate(current.currentPeriodEnd)}`,
    current.trialEndsAt ? `trial ends ${formatUtcDate(current.trialEndsAt)}` : null,
    current.cancelAtPeriodEnd ? "set to cancel at period end" : null,
  ].filter(Boolean);
  return `Now: ${parts.join(", ")}.`;
}
