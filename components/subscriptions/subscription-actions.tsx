"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { isFinished } from "@/lib/subscriptions/is-finished";
import type { SubscriptionView } from "@/lib/subscriptions/subscription-view";
import { CancelSubscriptionDialog } from "./cancel-subscription-dialog";
import { ChangePlanDialog } from "./change-plan-dialog";
import { ExtendTrialDialog } from "./extend-trial-dialog";
import { ReactivateSubscriptionDialog } from "./reactivate-subscription-dialog";
import type { PlanChoice } from "./subscription-types";

type Open = "change" | "cancel" | "reactivate" | "extend" | null;

/** The admin's buttons, each only where it applies; every one opens a dialog that says what will change. */
export function SubscriptionActions({ subscription, plans }: { subscription: SubscriptionView; plans: PlanChoice[] }) {
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const finished = isFinished(subscription);
  return (
    <>
      {subscription.status === "trialing" ? <Button onClick={() => setOpen("extend")}>Extend trial</Button> : null}
      {finished || subscription.cancelAtPeriodEnd ? <Button onClick={() => setOpen("reactivate")}>Reactivate</Button> : null}
      {finished ? null : <Button onClick={() => setOpen("change")}>Change plan</Button>}
      {finished ? null : <Button variant="danger" onClick={() => setOpen("cancel")}>Cancel subscription</Button>}

      {open === "change" ? <ChangePlanDialog subscription={subscription} plans={plans} onClose={close} /> : null}
      {open === "cancel" ? <CancelSubscriptionDialog subscription={subscription} onClose={close} /> : null}
      {open === "reactivate" ? <ReactivateSubscriptionDialog subscription={subscription} onClose={close} /> : null}
      {open === "extend" ? <ExtendTrialDialog subscription={subscription} onClose={close} /> : null}
    </>
  );
}
