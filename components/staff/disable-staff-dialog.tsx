"use client";

import type { FormEvent } from "react";
import { disableStaffAction } from "@/app/(console)/staff/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/form-field";
import { FormFailure } from "./form-failure";
import { useServerAction } from "@/components/actions/use-server-action";
import type { RowDialogProps } from "./staff-row-actions";

export function DisableStaffDialog({ row, open, onClose, onDone }: RowDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Disable ${row.name}'s account?`}
      description={`${row.email} will be signed out on their next request and cannot sign in until an admin enables the account again.`}
    >
      <DisableStaffForm row={row} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function DisableStaffForm({ row, onClose, onDone }: Omit<RowDialogProps, "open">) {
  const { pending, failure, run } = useServerAction(disableStaffAction);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run({ staffId: row.id, reason: form.get("reason"), expectedUpdatedAt: row.updatedAt.toISOString() }, (_data, message) => onDone(message));
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormFailure failure={failure} />
      <TextField label="Reason (optional)" name="reason" hint="Saved in the audit log." maxLength={500} autoFocus errors={failure?.fieldErrors?.reason} />
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Disabling…" : "Disable account"}
        </Button>
      </DialogActions>
    </form>
  );
}
