"use client";

import { reactivateSubscriptionAction } from "@/app/(console)/subscriptions/actions";
import { FailurePanel } from "@/components/actions/failure-panel";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toaster";
import { addInterval } from "@/lib/billing/billing-period";
import { formatMoney } from "@/lib/format/format-money";
import { formatUtcDate } from "@/lib/format/format-utc-date";
import { isFinished } from "@/lib/subscriptions/is-finished";
import { describeSubscription, type DialogProps } from "./subscription-types";

export function ReactivateSubscriptionDialog({ subscription, onClose }: DialogProps) {
  const toast = useToast();
  const { pending, failure, run } = useServerAction(reactivateSubscriptionAction);
  const { tenant, plan, price } = subscription;
  const restart = isFinished(subscription);
  const newEnd = addInterval(new Date(), subscription.billingInterval);
  const description = restart
    ? `It restarts on ${plan.name} at ${formatMoney(price.amount, price.currency)} / ${subscription.billingInterval}, with a new period from today to ${formatUtcDate(newEnd)}.`
    : `The cancellation scheduled for ${formatUtcDate(subscription.currentPeriodEnd)} is removed; the subscription renews as usual.`;

  function confirm() {
    run({ subscriptionId: subscription.id, expectedUpdatedAt: new Date(subscription.updatedAt).toISOString() }, (_data, message) => {
      toast({ tone: "success", text: message ?? "The subscription was reactivated." });
      onClose();
    });
  }

  return (
    <Dialog open onClose={onClose} title={`Reactivate ${tenant.name}'s subscription?`} description={description}>
      <div className="space-y-4">
        <FailurePanel failure={failure} describeCurrent={describeSubscription} />
        {restart && plan.status === "archived" ? (
          <p className="text-[13px] text-amber-800">{plan.name} is archived, so it cannot restart on it: change the tenant to a plan on sale instead.</p>
        ) : null}
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" onClick={confirm} disabled={pending}>
            {pending ? "Reactivating…" : "Reactivate"}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}
