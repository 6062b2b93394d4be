"use server";

import { settleAction } from "@/lib/actions/settle-action";
import { staffAction } from "@/lib/auth/staff-action";
import { formatMoney } from "@/lib/format/format-money";
import { formatUtcDate } from "@/lib/format/format-utc-date";
import { cancelSubscription } from "@/lib/subscriptions/cancel-subscription";
import { changePlan } from "@/lib/subscriptions/change-plan";
import { extendTrial } from "@/lib/subscriptions/extend-trial";
import { previewPlanChange } from "@/lib/subscriptions/preview-plan-change";
import { reactivateSubscription } from "@/lib/subscriptions/reactivate-subscription";
import {
  cancelSubscriptionSchema,
  changePlanSchema,
  extendTrialSchema,
  previewPlanChangeSchema,
  reactivateSubscriptionSchema,
} from "@/lib/subscriptions/subscription-schemas";
import type { SubscriptionView } from "@/lib/subscriptions/subscription-view";

// Thin on purpose: staffAction checks the session, the permission and the input; lib/subscriptions
// checks again, locks the row, and audits before and after in the same transaction.

/**
 * A subscription shows on its own page, in the list, on its tenant's page, and in its plans'
 * subscriber counts and revenue (plan pages, overview). The tenant and plan are only known once
 * the row is read, so the paths are revalidated from the result.
 */
function subscriptionPaths(subscription: Pick<SubscriptionView, "id" | "tenant" | "plan">, ...otherPlanIds: string[]): string[] {
  const planIds = [subscription.plan.id, ...otherPlanIds];
  return ["/subscriptions", `/subscriptions/${subscription.id}`, `/tenants/${subscription.tenant.id}`, "/plans", "/", ...planIds.map((id) => `/plans/${id}`)];
}

/** Read-only, so support may look too: only the change itself needs billing.manage. */
export const previewPlanChangeAction = staffAction("billing.view", previewPlanChangeSchema, async (input, { staff }) =>
  settleAction(() => previewPlanChange({ actor: staff, input }), (preview) => `Moving to ${preview.newPlan.name}: check the figures, then confirm.`, []),
);

export const changePlanAction = staffAction("billing.manage", changePlanSchema, async (input, { staff, request }) =>
  settleAction(
    () => changePlan({ actor: staff, request, input }),
    ({ subscription, preview }) =>
      `${subscription.tenant.name} moved from ${preview.currentPlan.name} to ${preview.newPlan.name}, at ${formatMoney(preview.newPrice, preview.currency)} a ${preview.billingInterval}.`,
    ({ subscription, preview }) => subscriptionPaths(subscription, preview.currentPlan.id),
  ),
);

export const cancelSubscriptionAction = staffAction("billing.manage", cancelSubscriptionSchema, async (input, { staff, request }) =>
  settleAction(
    () => cancelSubscription({ actor: staff, request, input }),
    (subscription) =>
      input.mode === "now"
        ? `${subscription.tenant.name}'s subscription is canceled and has ended.`
        : `${subscription.tenant.name}'s subscription will end on ${formatUtcDate(subscription.currentPeriodEnd)}.`,
    (subscription) => subscriptionPaths(subscription),
  ),
);

export const reactivateSubscriptionAction = staffAction("billing.manage", reactivateSubscriptionSchema, async (input, { staff, request }) =>
  settleAction(
    () => reactivateSubscription({ actor: staff, request, input }),
    (subscription) => `${subscription.tenant.name}'s subscription is no longer canceled; its period ends on ${formatUtcDate(subscription.currentPeriodEnd)}.`,
    (subscription) => subscriptionPaths(subscription),
  ),
);

export const extendTrialAction = staffAction("billing.manage", extendTrialSchema, async (input, { staff, request }) =>
  settleAction(
    () => extendTrial({ actor: staff, request, input }),
    (subscription) => `${subscription.tenant.name}'s trial now ends on ${formatUtcDate(subscription.trialEndsAt ?? subscription.currentPeriodEnd)}.`,
    (subscription) => subscriptionPaths(subscription),
  ),
);
