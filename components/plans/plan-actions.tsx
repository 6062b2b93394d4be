"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { archivePlanAction, deletePlanAction, unarchivePlanAction } from "@/app/(console)/plans/actions";
import { FailurePanel } from "@/components/actions/failure-panel";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toaster";
import type { ActionResult } from "@/lib/auth/staff-action";
import { countOf } from "@/lib/format/count-of";
import { describePlan, isPlanView } from "./plan-summary";

export type PlanActionTarget = { id: string; name: string; status: "active" | "archived"; updatedAt: Date | string; subscriberCount: number };

type Kind = "archive" | "unarchive" | "delete";

const ACTIONS: Record<Kind, (input: unknown) => Promise<ActionResult<unknown>>> = {
  archive: archivePlanAction,
  unarchive: unarchivePlanAction,
  delete: deletePlanAction,
};

function confirmation(kind: Kind, plan: PlanActionTarget) {
  switch (kind) {
    case "archive":
      return {
        title: `Archive ${plan.name}?`,
        body: `It goes off sale: its ${countOf(plan.subscriberCount, "subscriber")} keep it and are billed as before, but no subscription can move to it until it is put back on sale.`,
        button: "Archive plan",
        variant: "danger" as const,
      };
    case "unarchive":
      return {
        title: `Put ${plan.name} back on sale?`,
        body: "Subscriptions can move to it again.",
        button: "Put on sale",
        variant: "primary" as const,
      };
    case "delete":
      return {
        title: `Delete ${plan.name}?`,
        body: "The plan and its limits are removed for good. A plan that any subscription has used, even a canceled one, cannot be deleted: archive it instead.",
        button: "Delete plan",
        variant: "danger" as const,
      };
  }
}

/** Archive or unarchive, and delete, each behind a dialog that says what will change. */
export function PlanActions({ plan, afterDelete, size = "sm" }: { plan: PlanActionTarget; afterDelete?: string; size?: "sm" | "md" }) {
  const [open, setOpen] = useState<Kind | null>(null);
  return (
    <>
      {plan.status === "active" ? (
        <Button size={size} onClick={() => setOpen("archive")}>
          Archive<span className="sr-only"> {plan.name}</span>
        </Button>
      ) : (
        <Button size={size} onClick={() => setOpen("unarchive")}>
          Unarchive<span className="sr-only"> {plan.name}</span>
        </Button>
      )}
      <Button size={size} onClick={() => setOpen("delete")}>
        Delete<span className="sr-only"> {plan.name}</span>
      </Button>
      {open ? <ConfirmPlanDialog kind={open} plan={plan} afterDelete={afterDelete} onClose={() => setOpen(null)} /> : null}
    </>
  );
}

function ConfirmPlanDialog({ kind, plan, afterDelete, onClose }: { kind: Kind; plan: PlanActionTarget; afterDelete?: string; onClose: () => void }) {
  const router = useRouter();
  const toast = useToast();
  const { pending, failure, run } = useServerAction(ACTIONS[kind]);
  const text = confirmation(kind, plan);

  function confirm() {
    run({ planId: plan.id, expectedUpdatedAt: new Date(plan.updatedAt).toISOString() }, (_data, message) => {
      toast({ tone: "success", text: message ?? "Saved." });
      onClose();
      if (kind === "delete" && afterDelete) router.push(afterDelete);
    });
  }

  return (
    <Dialog open onClose={onClose} title={text.title} description={text.body}>
      <div className="space-y-4">
        <FailurePanel failure={failure} describeCurrent={(current) => (isPlanView(current) ? `Now: ${describePlan(current)}.` : null)} />
        <DialogActions>
          <Button onClick={onClose}>{failure ? "Close" : "Cancel"}</Button>
          <Button variant={text.variant} onClick={confirm} disabled={pending}>
            {pending ? "Working…" : text.button}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}
