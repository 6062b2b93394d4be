"use client";

import { useState, type FormEvent } from "react";
import { cancelSubscriptionAction } from "@/app/(console)/subscriptions/actions";
import { FailurePanel } from "@/components/actions/failure-panel";
import { useServerAction } from "@/components/actions/use-server-action";
import { TextAreaField } from "@/components/plans/plan-form-fields";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ChoiceField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toaster";
import { formatMoney } from "@/lib/format/format-money";
import { formatUtcDate } from "@/lib/format/format-utc-date";
import { describeSubscription, type DialogProps } from "./subscription-types";

type Mode = "at_period_end" | "now";

export function CancelSubscriptionDialog({ subscription, onClose }: DialogProps) {
  const toast = useToast();
  const { pending, failure, run } = useServerAction(cancelSubscriptionAction);
  // A cancellation already scheduled can only be brought forward.
  const [mode, setMode] = useState<Mode>(subscription.cancelAtPeriodEnd ? "now" : "at_period_end");
  const periodEnd = formatUtcDate(subscription.currentPeriodEnd);
  const { tenant, plan, monthlyRevenue } = subscription;
  const choices = [
    ...(subscription.cancelAtPeriodEnd
      ? []
      : [{ value: "at_period_end" as const, label: `At the end of the period, on ${periodEnd}`, description: `${tenant.name} keeps ${plan.name} until then; it can still be undone.` }]),
    { value: "now" as const, label: "Now", description: `The subscription ends today and ${tenant.name} loses ${plan.name} at once.` },
  ];
  const endsOn = mode === "now" ? `today, ${formatUtcDate(new Date())}` : periodEnd;
  const revenue = monthlyRevenue.amount === "0.00" ? null : formatMoney(monthlyRevenue.amount, monthlyRevenue.currency);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run(
      { subscriptionId: subscription.id, expectedUpdatedAt: new Date(subscription.updatedAt).toISOString(), mode, reason: form.get("reason") },
      (_data, message) => {
        toast({ tone: "success", text: message ?? "The subscription was canceled." });
        onClose();
      },
    );
  }

  return (
    <Dialog open onClose={onClose} title={`Cancel ${tenant.name}'s subscription?`} description={`${plan.name}, ${subscription.status.replace("_", " ")}.`}>
      <form onSubmit={submit} noValidate className="space-y-4">
        <FailurePanel failure={failure} describeCurrent={describeSubscription} />
        <ChoiceField legend="When it ends" name="mode" choices={choices} value={mode} onChange={setMode} errors={failure?.fieldErrors?.mode} />
        <TextAreaField label="Reason" name="reason" rows={2} required maxLength={500} hint="Saved with the subscription and in the audit log." errors={failure?.fieldErrors?.reason} />
        <p className="rounded-md bg-red-50 px-3 py-2 text-[13px] text-red-900 ring-1 ring-red-200 ring-inset" data-testid="cancel-summary">
          The subscription ends {endsOn}.{revenue ? ` Monthly revenue drops by ${revenue} from then.` : ""}
        </p>
        <DialogActions>
          <Button onClick={onClose}>Keep subscription</Button>
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? "Canceling…" : mode === "now" ? "Cancel now" : "Cancel at period end"}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
