"use client";

import { useState, type FormEvent } from "react";
import { extendTrialAction } from "@/app/(console)/subscriptions/actions";
import { FailurePanel } from "@/components/actions/failure-panel";
import { useServerAction } from "@/components/actions/use-server-action";
import { TextAreaField } from "@/components/plans/plan-form-fields";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toaster";
import { addDays } from "@/lib/billing/billing-period";
import { formatUtcDate } from "@/lib/format/format-utc-date";
import { describeSubscription, type DialogProps } from "./subscription-types";

export function ExtendTrialDialog({ subscription, onClose }: DialogProps) {
  const toast = useToast();
  const { pending, failure, run } = useServerAction(extendTrialAction);
  const [days, setDays] = useState("14");
  const trialEnd = new Date(subscription.trialEndsAt ?? subscription.currentPeriodEnd);
  // A trial that has already lapsed is extended from now, as lib/subscriptions does.
  const from = trialEnd.getTime() > Date.now() ? trialEnd : new Date();
  const count = Number(days);
  const valid = Number.isInteger(count) && count >= 1 && count <= 90;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run(
      { subscriptionId: subscription.id, expectedUpdatedAt: new Date(subscription.updatedAt).toISOString(), days, reason: form.get("reason") },
      (_data, message) => {
        toast({ tone: "success", text: message ?? "The trial was extended." });
        onClose();
      },
    );
  }

  return (
    <Dialog open onClose={onClose} title={`Extend ${subscription.tenant.name}'s trial`} description={`The trial ends on ${formatUtcDate(trialEnd)}.`}>
      <form onSubmit={submit} noValidate className="space-y-4">
        <FailurePanel failure={failure} describeCurrent={describeSubscription} />
        <TextField
          label="Days to add"
          name="days"
          type="number"
          min={1}
          max={90}
          value={days}
          onChange={(event) => setDays(event.target.value)}
          hint="From 1 to 90."
          errors={failure?.fieldErrors?.days}
        />
        <TextAreaField label="Reason (optional)" name="reason" rows={2} maxLength={500} hint="Saved in the audit log." errors={failure?.fieldErrors?.reason} />
        <p className="text-[13px] text-zinc-700" data-testid="trial-summary">
          {valid ? <>The trial will end on <strong>{formatUtcDate(addDays(from, count))}</strong>.</> : "Enter a whole number of days from 1 to 90."}
        </p>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={pending}>
            {pending ? "Extending…" : "Extend trial"}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
