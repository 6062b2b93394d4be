"use client";

import { useState, type FormEvent } from "react";
import { rotateApiKeyAction } from "@/app/(console)/api-keys/actions";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/form-field";
import type { RotateApiKeyResult } from "@/lib/api-keys/rotate-api-key";
import { countOf } from "@/lib/format/count-of";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";
import { ApiKeyFailure } from "./api-key-failure";
import { ExpiryField } from "./expiry-field";
import type { KeyDialogKey } from "./revoke-api-key-dialog";

const MAX_GRACE_HOURS = 168;
const DEFAULT_GRACE_HOURS = 24;
const HOUR_MS = 60 * 60 * 1000;

type Props = { apiKey: KeyDialogKey; open: boolean; onClose: () => void; onRotated: (result: RotateApiKeyResult, message: string | undefined) => void };

export function RotateApiKeyDialog({ apiKey, open, onClose, onRotated }: Props) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Rotate ${apiKey.keyPrefix}?`}
      description={`A new key for ${apiKey.tenant.name} with the same name and scopes is issued, and its secret is shown once. The old key keeps working for a grace period, so clients can switch over.`}
    >
      <RotateForm apiKey={apiKey} onClose={onClose} onRotated={onRotated} />
    </Dialog>
  );
}

/** What will happen to the old key, in a sentence, for the grace period typed so far. */
function oldKeyFate(graceText: string, currentExpiry: Date | null): string {
  const hours = Number(graceText);
  if (graceText.trim() === "" || !Number.isInteger(hours) || hours < 0 || hours > MAX_GRACE_HOURS) return `Enter whole hours from 0 to ${MAX_GRACE_HOURS}.`;
  if (hours === 0) return "The old key is revoked at once: requests with it fail from now on.";
  const end = new Date(Date.now() + hours * HOUR_MS);
  if (currentExpiry && new Date(currentExpiry) < end) return `The old key keeps working until it expires anyway, ${formatUtcDateTime(currentExpiry)}: rotation never extends a key.`;
  return `The old key keeps working for ${countOf(hours, "hour")}, until about ${formatUtcDateTime(end)}, then expires.`;
}

function RotateForm({ apiKey, onClose, onRotated }: Omit<Props, "open">) {
  const { pending, failure, run } = useServerAction(rotateApiKeyAction);
  const [grace, setGrace] = useState(String(DEFAULT_GRACE_HOURS));
  const errors = failure?.fieldErrors ?? {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run(
      { keyId: apiKey.id, expectedUpdatedAt: new Date(apiKey.updatedAt).toISOString(), graceHours: form.get("graceHours"), expiresAt: form.get("expiresAt") },
      onRotated,
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <ApiKeyFailure failure={failure} />
      <ExpiryField label="New key expires on" errors={errors.expiresAt} />
      <TextField
        label="Grace period for the old key (hours)"
        name="graceHours"
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_GRACE_HOURS}
        step={1}
        value={grace}
        onChange={(event) => setGrace(event.target.value)}
        hint={<span aria-live="polite">{oldKeyFate(grace, apiKey.expiresAt)} 0 to {MAX_GRACE_HOURS} hours (7 days).</span>}
        errors={errors.graceHours}
      />
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Rotating…" : "Rotate key"}
        </Button>
      </DialogActions>
    </form>
  );
}
