"use client";

import type { FormEvent } from "react";
import { reactivateTenantAction } from "@/app/(console)/tenants/actions";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/form-field";
import { TenantFailure, type TenantValues } from "./tenant-failure";

type Props = { tenant: TenantValues; open: boolean; onClose: () => void; onDone: (message: string | undefined) => void };

export function ReactivateTenantDialog({ tenant, open, onClose, onDone }: Props) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Reactivate ${tenant.name}?`}
      description="Its users and API keys work again at once. It returns to trial while its subscription is trialing, else to active."
    >
      <ReactivateTenantForm tenant={tenant} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function ReactivateTenantForm({ tenant, onClose, onDone }: Omit<Props, "open">) {
  const { pending, failure, run } = useServerAction(reactivateTenantAction);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run({ tenantId: tenant.id, expectedUpdatedAt: new Date(tenant.updatedAt).toISOString(), reason: form.get("reason") }, (_tenant, message) => onDone(message));
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <TenantFailure failure={failure} />
      <TextField label="Reason" name="reason" required maxLength={500} autoFocus hint="Required. Saved in the audit log." errors={failure?.fieldErrors?.reason} />
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Reactivating…" : "Reactivate tenant"}
        </Button>
      </DialogActions>
    </form>
  );
}
