"use client";

import { useState, type FormEvent } from "react";
import { createStaffAccountAction } from "@/app/(console)/staff/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ChoiceField, TextField } from "@/components/ui/form-field";
import type { CreateStaffResult } from "@/lib/staff/create-staff";
import { CREDENTIAL_CHOICES, OneTimePasswordField } from "./credential-fields";
import { FormFailure } from "./form-failure";
import { ROLE_CHOICES } from "./staff-badges";
import { useServerAction } from "@/components/actions/use-server-action";

type Props = { open: boolean; onClose: () => void; onCreated: (result: CreateStaffResult, message: string | undefined) => void };

export function CreateStaffDialog({ open, onClose, onCreated }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title="Add a staff member" description="They sign in with their email address. You will see their first password or invite link once.">
      <CreateStaffForm onCancel={onClose} onCreated={onCreated} />
    </Dialog>
  );
}

function CreateStaffForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: Props["onCreated"] }) {
  const { pending, failure, run } = useServerAction(createStaffAccountAction);
  const [role, setRole] = useState<"admin" | "support">("support");
  const [credential, setCredential] = useState<"password" | "invite">("invite");
  const errors = failure?.fieldErrors ?? {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run(
      {
        email: form.get("email"),
        name: form.get("name"),
        role,
        credential,
        password: credential === "password" ? form.get("password") : undefined,
      },
      onCreated,
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormFailure failure={failure} />
      <TextField label="Email" name="email" type="email" autoComplete="off" required autoFocus errors={errors.email} />
      <TextField label="Name" name="name" autoComplete="off" required errors={errors.name} />
      <ChoiceField legend="Role" name="role" choices={ROLE_CHOICES} value={role} onChange={setRole} errors={errors.role} />
      <ChoiceField legend="First sign-in" name="credential" choices={CREDENTIAL_CHOICES} value={credential} onChange={setCredential} errors={errors.credential} />
      {credential === "password" ? <OneTimePasswordField errors={errors.password} /> : null}
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Adding…" : "Add staff member"}
        </Button>
      </DialogActions>
    </form>
  );
}
