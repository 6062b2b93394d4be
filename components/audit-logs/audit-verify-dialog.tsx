"use client";

import { useState } from "react";
import { verifyAuditIntegrityAction } from "@/app/(console)/audit-logs/actions";
import { FailurePanel } from "@/components/actions/failure-panel";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import type { VerifyOutcome } from "@/lib/audit-logs/verify-audit-range";
import { formatCount } from "@/lib/format/format-count";
import { searchHref } from "./audit-links";

const toInput = (date: Date) => date.toISOString().slice(0, 16);

/** Admin only: recomputes the hash chain over a time range and names the first broken row. */
export function AuditVerifyButton({ defaultRange }: { defaultRange: { from: Date; to: Date } }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Verify integrity</Button>
      {open ? <VerifyDialog defaultRange={defaultRange} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function VerifyDialog({ defaultRange, onClose }: { defaultRange: { from: Date; to: Date }; onClose: () => void }) {
  const [from, setFrom] = useState(toInput(defaultRange.from));
  const [to, setTo] = useState(toInput(defaultRange.to));
  const [outcome, setOutcome] = useState<VerifyOutcome | null>(null);
  const { pending, failure, run } = useServerAction(verifyAuditIntegrityAction);

  return (
    <Dialog open onClose={onClose} title="Verify the audit chain" description="Recomputes every row's SHA-256 in the range and checks its link to the row before. The check itself is recorded in the audit log.">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setOutcome(null);
          run({ from: `${from}:00Z`, to: `${to}:00Z` }, (data) => setOutcome(data));
        }}
        className="space-y-3"
      >
        <div className="grid grid-cols-2 gap-3">
          <label className="block text-[13px] font-medium text-zinc-800">
            From (UTC)
            <input type="datetime-local" required value={from} onChange={(e) => setFrom(e.target.value)} className="mt-1 block w-full rounded-md px-2 py-1.5 text-[13px] ring-1 ring-zinc-300" />
          </label>
          <label className="block text-[13px] font-medium text-zinc-800">
            To (UTC)
            <input type="datetime-local" required value={to} onChange={(e) => setTo(e.target.value)} className="mt-1 block w-full rounded-md px-2 py-1.5 text-[13px] ring-1 ring-zinc-300" />
          </label>
        </div>
        <FailurePanel failure={failure} />
        {outcome ? <VerifyResult outcome={outcome} /> : null}
        <DialogActions>
          <Button onClick={onClose}>Close</Button>
          <Button type="submit" variant="primary" disabled={pending}>{pending ? "Checking…" : "Verify"}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

function VerifyResult({ outcome }: { outcome: VerifyOutcome }) {
  if (!outcome.firstBroken) {
    return (
      <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-[13px] text-emerald-900 ring-1 ring-emerald-200">
        Intact: {formatCount(outcome.checkedRows)} rows checked in {(outcome.durationMs / 1000).toFixed(1)} s.
      </p>
    );
  }
  const broken = outcome.firstBroken;
  return (
    <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-[13px] text-red-900 ring-1 ring-red-200">
      <p className="font-medium">The chain is broken at row {broken.id} ({broken.action}, {broken.createdAt}).</p>
      <p className="mt-1">
        {broken.reason === "content_changed" ? "Its content was changed after it was written." : "Its link to the row before does not match: a row before it was deleted or altered."}{" "}
        {formatCount(outcome.checkedRows)} rows checked.
      </p>
      <a href={searchHref("", { event: broken.id })} className="mt-1 inline-block font-medium text-red-900 underline">Open row {broken.id}</a>
    </div>
  );
}
