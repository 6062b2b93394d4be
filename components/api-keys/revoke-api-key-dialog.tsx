"use client";

import type { FormEvent } from "react";
import { revokeApiKeyAction } from "@/app/(console)/api-keys/actions";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/form-field";
import type { ApiKeyRow } from "@/lib/api-keys/api-key-row";
import { ApiKeyFailure } from "./api-key-failure";

export type KeyDialogKey = Pick<ApiKeyRow, "id" | "name" | "keyPrefix" | "status" | "expiresAt" | "updatedAt" | "tenant">;

type Props = { apiKey: KeyDialogKey; open: boolean; onClose: () => void; onDone: (message: string | undefined) => void };

export function RevokeApiKeyDialog({ apiKey, open, onClose, onDone }: Props) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Revoke ${apiKey.keyPrefix}?`}
      description={
        <>
          <strong className="font-semibold text-zinc-900">Requests with this key fail from now on.</strong> &ldquo;{apiKey.name}&rdquo; of {apiKey.tenant.name}{" "}
          stops working at once, and a revoked key cannot be restored: the tenant needs a new key.
        </>
      }
    >
      <RevokeForm apiKey={apiKey} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function RevokeForm({ apiKey, onClose, onDone }: Omit<Props, "open">) {
  const { pending, failure, run } = useServerAction(revokeApiKeyAction);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run({ keyId: apiKey.id, reason: form.get("reason") }, (_key, message) => onDone(message));
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <ApiKeyFailure failure={failure} />
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-md bg-zinc-50 px-3 py-2 text-[13px]">
        <dt className="text-zinc-500">Status</dt>
        <dd>
          {apiKey.status} → <strong className="font-semibold text-red-700">revoked</strong>
        </dd>
        <dt className="text-zinc-500">Key</dt>
        <dd className="font-mono text-xs leading-5">{apiKey.keyPrefix}</dd>
      </dl>
      <TextField label="Reason (optional)" name="reason" hint="Saved in the audit log with the revocation." maxLength={500} autoFocus errors={failure?.fieldErrors?.reason} />
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Revoking…" : "Revoke key"}
        </Button>
      </DialogActions>
    </form>
  );
}
