"use client";

import { useState } from "react";
import { baselineDatabaseAction } from "@/app/(console)/migrations/actions";
import { FailurePanel } from "@/components/actions/failure-panel";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toaster";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export function BaselineButton({ migrations, databaseName }: { migrations: string[]; databaseName: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        Mark {plural(migrations.length, "migration")} as applied…
      </Button>
      {open ? <BaselineDialog migrations={migrations} databaseName={databaseName} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function BaselineDialog({ migrations, databaseName, onClose }: { migrations: string[]; databaseName: string; onClose: () => void }) {
  const toast = useToast();
  const { pending, failure, run } = useServerAction(baselineDatabaseAction);

  function confirm() {
    run({ migrations, confirm: true }, (_data, message) => {
      toast({ tone: "success", text: message ?? "Baselined." });
      onClose();
    });
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={`Baseline ${databaseName}?`}
      description="These migrations are recorded as applied without running them, in one transaction with one audit row. Nothing in the tables changes. From then on, new migrations apply as usual."
    >
      <div className="space-y-4">
        <FailurePanel failure={failure} />
        <ol className="space-y-1 rounded-md bg-zinc-50 px-3 py-2 font-mono text-xs break-all text-zinc-800 ring-1 ring-zinc-200 ring-inset">
          {migrations.map((name, index) => (
            <li key={name}>
              <span className="text-zinc-400">{index + 1}. </span>
              {name}
            </li>
          ))}
        </ol>
        <DialogActions>
          <Button onClick={onClose}>{failure ? "Close" : "Cancel"}</Button>
          <Button variant="primary" onClick={confirm} disabled={pending}>
            {pending ? "Recording…" : `Record ${plural(migrations.length, "migration")} as applied`}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}
