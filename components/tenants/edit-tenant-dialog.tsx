"use client";

import { useState, type FormEvent } from "react";
import { updateTenantAction } from "@/app/(console)/tenants/actions";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/form-field";
import { isTenantValues, TenantFailure, type TenantValues } from "./tenant-failure";

type Props = { tenant: TenantValues; open: boolean; onClose: () => void; onDone: (message: string | undefined) => void };

export function EditTenantDialog({ tenant, open, onClose, onDone }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title={`Edit ${tenant.name}`} description="If someone else saves first, yours is refused and their values are shown.">
      <EditTenantForm tenant={tenant} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function EditTenantForm({ tenant, onClose, onDone }: Omit<Props, "open">) {
  const { pending, failure, run } = useServerAction(updateTenantAction);
  // The version this form edits: the one it opened with, or, after a refused stale save, the one
  // the admin has now been shown. Saving again then overwrites it knowingly.
  const [expectedUpdatedAt, setExpectedUpdatedAt] = useState(() => new Date(tenant.updatedAt).toISOString());
  const errors = failure?.fieldErrors ?? {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run(
      { tenantId: tenant.id, expectedUpdatedAt, name: form.get("name"), slug: form.get("slug"), billingEmail: form.get("billingEmail") },
      (_tenant, message) => onDone(message),
      (refused) => {
        if (refused.status === 409 && isTenantValues(refused.current)) setExpectedUpdatedAt(new Date(refused.current.updatedAt).toISOString());
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <TenantFailure failure={failure} />
      <TextField label="Name" name="name" defaultValue={tenant.name} maxLength={200} required autoFocus errors={errors.name} />
      <TextField
        label="Slug"
        name="slug"
        defaultValue={tenant.slug}
        maxLength={100}
        required
        hint="Lower-case letters, digits and hyphens. Links that use the old slug stop working."
        errors={errors.slug}
      />
      <TextField
        label="Billing email"
        name="billingEmail"
        type="email"
        defaultValue={tenant.billingEmail ?? ""}
        maxLength={320}
        autoComplete="off"
        hint="Leave empty for none."
        errors={errors.billingEmail}
      />
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : failure?.status === 409 && failure.current ? "Save mine anyway" : "Save"}
        </Button>
      </DialogActions>
    </form>
  );
}
