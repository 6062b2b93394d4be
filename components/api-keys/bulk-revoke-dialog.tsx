"use client";

import type { FormEvent } from "react";
import { revokeApiKeysAction } from "@/app/(console)/api-keys/actions";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/form-field";
import type { ApiKeyListRow } from "@/lib/api-keys/api-key-list-source";
import { countOf } from "@/lib/format/count-of";
import { ApiKeyFailure } from "./api-key-failure";

type Props = { keys: ApiKeyListRow[]; open: boolean; onClose: () => void; onDone: (message: string | undefined) => void };


/** Revokes the selected keys together, or none of them. Keys already revoked are left out, and said so. */
export function BulkRevokeDialog({ keys, open, onClose, onDone }: Props) {
  const toRevoke = keys.filter((key) => key.status !== "revoked");
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Revoke ${countOf(toRevoke.length, "key")}?`}
      description={
        <>
          <strong className="font-semibold text-zinc-900">Requests with these keys fail from now on.</strong> Revoked keys cannot be restored.
          Either all of them are revoked or, if one changed meanwhile, none.
        </>
      }
    >
      <BulkRevokeForm keys={keys} toRevoke={toRevoke} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function BulkRevokeForm({ keys, toRevoke, onClose, onDone }: Omit<Props, "open"> & { toRevoke: ApiKeyListRow[] }) {
  const { pending, failure, run } = useServerAction(revokeApiKeysAction);
  const leftOut = keys.length - toRevoke.length;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run(
      { keyIds: toRevoke.map((key) => key.id), reason: form.get("reason") },
      (_keys, message) => onDone(message),
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <ApiKeyFailure failure={failure} />
      <ul aria-label="Keys to revoke" className="max-h-48 divide-y divide-zinc-100 overflow-y-auto rounded-md bg-zinc-50 px-3 text-[13px]">
        {toRevoke.map((key) => (
          <li key={key.id} className="flex items-baseline justify-between gap-3 py-1.5">
            <span className="font-mono text-xs text-zinc-900">{key.keyPrefix}</span>
            <span className="min-w-0 truncate text-right text-zinc-500">
              {key.name} · {key.tenant.name}
            </span>
          </li>
        ))}
      </ul>
      {leftOut > 0 ? <p className="text-xs text-zinc-500">{countOf(leftOut, "key")} already revoked {leftOut === 1 ? "is" : "are"} left out.</p> : null}
      {failure?.fieldErrors?.keys ? <p className="text-xs text-red-700">{failure.fieldErrors.keys.join(" ")}</p> : null}
      <TextField label="Reason (optional)" name="reason" hint="Saved in the audit log with each revocation." maxLength={500} autoFocus errors={failure?.fieldErrors?.reason} />
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="danger" disabled={pending || toRevoke.length === 0}>
          {pending ? "Revoking…" : `Revoke ${countOf(toRevoke.length, "key")}`}
        </Button>
      </DialogActions>
    </form>
  );
}
