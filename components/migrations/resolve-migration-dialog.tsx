"use client";

import { useState } from "react";
import { resolveMigrationAction } from "@/app/(console)/migrations/actions";
import { FailurePanel } from "@/components/actions/failure-panel";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ChoiceField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toaster";

type Resolution = "rolled_back" | "applied";

/** Settle a failed migration: the two ways, and what each one means for the next apply. */
export function ResolveMigrationButton({ name, local }: { name: string; local: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" variant="primary" onClick={() => setOpen(true)}>
        {"Resolve…"}
        <span className="sr-only"> {name}</span>
      </Button>
      {open ? <ResolveDialog name={name} local={local} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ResolveDialog({ name, local, onClose }: { name: string; local: boolean; onClose: () => void }) {
  const toast = useToast();
  const [resolution, setResolution] = useState<Resolution>("rolled_back");
  const { pending, failure, run } = useServerAction(resolveMigrationAction);

  function confirm() {
    run({ name, resolution }, (_data, message) => {
      toast({ tone: "success", text: message ?? "Resolved." });
      onClose();
    });
  }

  return (
    <Dialog open onClose={onClose} title={`Resolve ${name}`} description="Deploys stay blocked until a failed migration is settled. Both ways are written to the audit trail.">
      <div className="space-y-4">
        <FailurePanel failure={failure} />
        <ChoiceField<Resolution>
          legend="What happened to it?"
          name="resolution"
          value={resolution}
          onChange={setResolution}
          errors={failure?.fieldErrors?.resolution}
          choices={[
            {
              value: "rolled_back",
              label: "Rolled back: none of it is in the database",
              description: "True for any failure recorded by the console or npm run db:migrate, which run each migration in one transaction. The next apply runs it again, so fix its SQL first or it fails again.",
            },
            ...(local
              ? [{
                  value: "applied" as const,
                  label: "Applied: someone finished it by hand",
                  description: "It is recorded as applied and never runs again. If any part of it is missing from the database, the schema has drifted: check drift afterwards.",
                }]
              : []),
          ]}
        />
        <DialogActions>
          <Button onClick={onClose}>{failure ? "Close" : "Cancel"}</Button>
          <Button variant={resolution === "applied" ? "danger" : "primary"} onClick={confirm} disabled={pending}>
            {pending ? "Resolving…" : resolution === "rolled_back" ? "Mark rolled back" : "Mark applied"}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}
