"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { applyMigrationsAction } from "@/app/(console)/migrations/actions";
import { FailurePanel } from "@/components/actions/failure-panel";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toaster";

export type ApplyOffer = {
  /** Pending and rolled-back migrations, oldest first. */
  migrations: string[];
  /** The same with the failed migration, when one is marked rolled back and run again. */
  migrationsWithFailed: string[];
  failed: string | null;
  /** Differences against the applied migrations; null while the drift check has not finished. */
  historyDrift: number | null;
  confirmName: string | null;
  databaseName: string;
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export function ApplyButton({ offer }: { offer: ApplyOffer }) {
  const [open, setOpen] = useState(false);
  const count = offer.migrations.length + (offer.failed ? 1 : 0);
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        {offer.failed && offer.migrations.length === 0 ? "Retry failed migration…" : `Apply ${plural(count, "migration")}…`}
      </Button>
      {open ? <ApplyDialog offer={offer} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function Acknowledgement({ name, checked, onChange, children }: { name: string; checked: boolean; onChange: (value: boolean) => void; children: ReactNode }) {
  return (
    <label className="flex cursor-pointer items-start gap-2.5 rounded-md bg-amber-50/60 px-3 py-2.5 text-[13px] text-amber-900 ring-1 ring-amber-200 ring-inset">
      <input type="checkbox" name={name} checked={checked} onChange={(event) => onChange(event.target.checked)} className="mt-0.5 accent-amber-600" />
      <span>{children}</span>
    </label>
  );
}

function ApplyDialog({ offer, onClose }: { offer: ApplyOffer; onClose: () => void }) {
  const toast = useToast();
  const { pending, failure, run } = useServerAction(applyMigrationsAction);
  const [acknowledgeFailed, setAcknowledgeFailed] = useState(false);
  const [acknowledgeDrift, setAcknowledgeDrift] = useState(false);
  const list = acknowledgeFailed ? offer.migrationsWithFailed : offer.migrations;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run(
      {
        expectedMigrations: list,
        acknowledgeFailed,
        acknowledgeDrift,
        confirmDatabaseName: offer.confirmName ? String(form.get("confirmDatabaseName") ?? "") : undefined,
      },
      (_data, message) => {
        toast({ tone: "success", text: message ?? "Applying…" });
        onClose();
      },
    );
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={`Apply to ${offer.databaseName}?`}
      description="Oldest first, each migration in its own transaction under Prisma's advisory lock. One that fails is rolled back whole and stops the rest. Each writes a migration.apply row to the audit trail."
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        <FailurePanel failure={failure} />
        {list.length > 0 ? (
          <ol className="space-y-1 rounded-md bg-zinc-50 px-3 py-2 font-mono text-xs break-all text-zinc-800 ring-1 ring-zinc-200 ring-inset">
            {list.map((name, index) => (
              <li key={name}>
                <span className="text-zinc-400">{index + 1}. </span>
                {name}
              </li>
            ))}
          </ol>
        ) : null}
        {offer.failed ? (
          <Acknowledgement name="acknowledgeFailed" checked={acknowledgeFailed} onChange={setAcknowledgeFailed}>
            <strong className="font-medium">{offer.failed} failed.</strong> Mark it rolled back and run it again first. Only do this once its SQL is
            fixed; the console rolled its failed attempt back, so none of it is in the database.
          </Acknowledgement>
        ) : null}
        {offer.historyDrift && offer.historyDrift > 0 ? (
          <Acknowledgement name="acknowledgeDrift" checked={acknowledgeDrift} onChange={setAcknowledgeDrift}>
            <strong className="font-medium">The database has drifted from its applied migrations ({plural(offer.historyDrift, "difference")}).</strong>{" "}
            Someone changed it outside migrations; a migration may fail on it or undo it. Apply anyway.
          </Acknowledgement>
        ) : null}
        {offer.historyDrift === null ? (
          <p className="text-xs text-zinc-500">The drift check has not finished; the server checks drift before it applies anything.</p>
        ) : null}
        {offer.confirmName ? (
          <TextField
            label={`Type ${offer.confirmName} to confirm`}
            name="confirmDatabaseName"
            autoComplete="off"
            spellCheck={false}
            hint="This is a production database."
            errors={failure?.fieldErrors?.confirmDatabaseName}
          />
        ) : null}
        <DialogActions>
          <Button onClick={onClose}>{failure ? "Close" : "Cancel"}</Button>
          <Button type="submit" variant="primary" disabled={pending || list.length === 0}>
            {pending ? "Starting…" : `Apply ${plural(list.length, "migration")}`}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
