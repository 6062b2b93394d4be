"use client";

import { useState, type FormEvent } from "react";
import { resetStaffPasswordAction } from "@/app/(console)/staff/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ChoiceField } from "@/components/ui/form-field";
import type { ResetStaffPasswordResult } from "@/lib/staff/reset-staff-password";
import { CREDENTIAL_CHOICES, OneTimePasswordField } from "./credential-fields";
import { FormFailure } from "./form-failure";
import { useServerAction } from "@/components/actions/use-server-action";
import type { RowDialogProps } from "./staff-row-actions";

type Props = Omit<RowDialogProps, "onDone"> & { onReset: (result: ResetStaffPasswordResult, message: string | undefined) => void };

export function ResetPasswordDialog({ row, open, onClose, onReset }: Props) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Reset ${row.name}'s password?`}
      description="Their current password and any earlier invite link stop working, and their open sessions end."
    >
      <ResetPasswordForm row={row} onClose={onClose} onReset={onReset} />
    </Dialog>
  );
}

function ResetPasswordForm({ row, onClose, onReset }: Omit<Props, "open">) {
  const { pending, failure, run } = useServerAction(resetStaffPasswordAction);
  const [credential, setCredential] = useState<"password" | "invite">(row.status === "invited" ? "invite" : "password");
  const errors = failure?.fieldErrors ?? {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = credential === "password" ? form.get("password") : undefined;
    run({ staffId: row.id, credential, password, expectedUpdatedAt: row.updatedAt.toISOString() }, onReset);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormFailure failure={failure} />
      <ChoiceField legend="Replace it with" name="credential" choices={CREDENTIAL_CHOICES} value={credential} onChange={setCredential} errors={errors.credential} />
      {credential === "password" ? <OneTimePasswordField errors={errors.password} /> : null}
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Resetting…" : "Reset password"}
        </Button>
      </DialogActions>
    </form>
  );
}
