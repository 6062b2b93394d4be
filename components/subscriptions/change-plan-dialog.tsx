"use client";

import { useState } from "react";
import { changePlanAction, previewPlanChangeAction } from "@/app/(console)/subscriptions/actions";
import { FailurePanel } from "@/components/actions/failure-panel";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ChoiceField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toaster";
import { formatMoney } from "@/lib/format/format-money";
import type { PlanChangePreview } from "@/lib/subscriptions/plan-change";
import { PlanChangePreviewView } from "./plan-change-preview";
import { describeSubscription, type DialogProps, type PlanChoice } from "./subscription-types";

/** Two steps: choose a plan and fetch the server's preview; then confirm exactly that change. */
export function ChangePlanDialog({ subscription, plans, onClose }: DialogProps & { plans: PlanChoice[] }) {
  const toast = useToast();
  const preview = useServerAction(previewPlanChangeAction);
  const change = useServerAction(changePlanAction);
  const [planId, setPlanId] = useState<string>("");
  const [shown, setShown] = useState<PlanChangePreview | null>(null);
  const interval = subscription.billingInterval;
  const choices = plans.map((plan) => ({
    value: plan.id,
    label: plan.name,
    description: `${formatMoney(interval === "year" ? plan.priceYearly : plan.priceMonthly, plan.currency)} / ${interval}`,
  }));

  function fetchPreview() {
    preview.run({ subscriptionId: subscription.id, planId }, (data) => setShown(data));
  }

  function confirm() {
    if (!shown) return;
    change.run(
      { subscriptionId: subscription.id, planId: shown.newPlan.id, expectedUpdatedAt: new Date(subscription.updatedAt).toISOString() },
      (_data, message) => {
        toast({ tone: "success", text: message ?? "The plan was changed." });
        onClose();
      },
    );
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={`Change ${subscription.tenant.name}'s plan`}
      description={`Now on ${subscription.plan.name} at ${formatMoney(subscription.price.amount, subscription.price.currency)} / ${interval}. The billing interval and period stay as they are.`}
    >
      {shown ? (
        <div className="space-y-4">
          <FailurePanel failure={change.failure} describeCurrent={describeSubscription} />
          <PlanChangePreviewView preview={shown} />
          <DialogActions>
            <Button onClick={() => (setShown(null), change.clearFailure())}>Back</Button>
            <Button variant="primary" onClick={confirm} disabled={change.pending}>
              {change.pending ? "Changing…" : `Move to ${shown.newPlan.name}`}
            </Button>
          </DialogActions>
        </div>
      ) : (
        <div className="space-y-4">
          <FailurePanel failure={preview.failure} describeCurrent={describeSubscription} />
          {choices.length > 0 ? (
            <ChoiceField legend="New plan" name="planId" choices={choices} value={planId} onChange={setPlanId} errors={preview.failure?.fieldErrors?.planId} />
          ) : (
            <p className="text-[13px] text-zinc-600">No other plan on sale is priced in {subscription.price.currency}.</p>
          )}
          <DialogActions>
            <Button onClick={onClose}>Cancel</Button>
            <Button variant="primary" onClick={fetchPreview} disabled={!planId || preview.pending}>
              {preview.pending ? "Checking…" : "Preview change"}
            </Button>
          </DialogActions>
        </div>
      )}
    </Dialog>
  );
}
