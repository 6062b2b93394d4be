import type { SubscriptionView } from "@/lib/subscriptions/subscription-view";

/** A plan a subscription may move to, as the change dialog lists it. */
export type PlanChoice = { id: string; name: string; slug: string; priceMonthly: string; priceYearly: string; currency: string };

export type DialogProps = { subscription: SubscriptionView; onClose: () => void };

function isSubscriptionView(value: unknown): value is SubscriptionView {
  return typeof value === "object" && value !== null && "plan" in value && "status" in value && "currentPeriodEnd" in value;
}

const DAY = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

/** For a refused stale save: what the subscription looks like after someone else's change. */
export function describeSubscription(current: unknown): string | null {
  if (!isSubscriptionView(current)) return null;
  const parts = [
    `on ${current.plan.name}`,
    current.status.replace("_", " "),
    `period ends ${DAY.format(new Date(current.currentPeriodEnd))}`,
    current.trialEndsAt ? `trial ends ${DAY.format(new Date(current.trialEndsAt))}` : null,
    current.cancelAtPeriodEnd ? "set to cancel at period end" : null,
  ].filter(Boolean);
  return `Now: ${parts.join(", ")}.`;
}

export function isFinished(subscription: Pick<SubscriptionView, "status" | "endedAt">): boolean {
  return subscription.status === "canceled" || subscription.endedAt !== null;
}
