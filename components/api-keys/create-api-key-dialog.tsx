"use client";

import { useRef, useState, type FormEvent } from "react";
import { createApiKeyAction } from "@/app/(console)/api-keys/actions";
import { useIdempotencyKey } from "@/components/actions/use-idempotency-key";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/form-field";
import type { CreateApiKeyResult } from "@/lib/api-keys/create-api-key";
import { ApiKeyFailure } from "./api-key-failure";
import { ExpiryField } from "./expiry-field";
import { ScopeCheckboxes } from "./scope-checkboxes";
import { TenantPicker, type PickedTenant } from "./tenant-picker";

type Props = {
  open: boolean;
  onClose: () => void;
  initialTenant: PickedTenant | null;
  onCreated: (result: CreateApiKeyResult, message: string | undefined) => void;
};

export function CreateApiKeyDialog({ open, onClose, initialTenant, onCreated }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title="Create an API key" description="The secret is shown once, right after you create the key. The console keeps only its hash.">
      <CreateApiKeyForm initialTenant={initialTenant} onCancel={onClose} onCreated={onCreated} />
    </Dialog>
  );
}

// Mounted afresh each time the dialog opens, so each opening has its own idempotency key.
function CreateApiKeyForm({ initialTenant, onCancel, onCreated }: { initialTenant: PickedTenant | null; onCancel: () => void; onCreated: Props["onCreated"] }) {
  const { pending, failure, run } = useServerAction(createApiKeyAction);
  const idempotencyKey = useIdempotencyKey();
  const [tenant, setTenant] = useState<PickedTenant | null>(initialTenant);
  // A second click before the first answer sends nothing; a retry after a failure reuses idempotencyKey.
  const inFlight = useRef(false);
  const errors = failure?.fieldErrors ?? {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    const form = new FormData(event.currentTarget);
    run(
      {
        tenantId: tenant?.id ?? "",
        name: form.get("name"),
        scopes: form.getAll("scopes"),
        expiresAt: form.get("expiresAt"),
        idempotencyKey,
      },
      onCreated,
      () => (inFlight.current = false),
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <ApiKeyFailure failure={failure} />
      <TenantPicker value={tenant} onChange={setTenant} errors={errors.tenantId} />
      <TextField label="Name" name="name" autoComplete="off" maxLength={200} required autoFocus={Boolean(initialTenant)} hint="Where it is used, e.g. “CI pipeline”." errors={errors.name} />
      <ScopeCheckboxes errors={errors.scopes} />
      <ExpiryField errors={errors.expiresAt} />
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Creating…" : "Create key"}
        </Button>
      </DialogActions>
    </form>
  );
}
