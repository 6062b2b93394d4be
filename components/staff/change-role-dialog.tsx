"use client";

import { useState, type FormEvent } from "react";
import { changeStaffRoleAction } from "@/app/(console)/staff/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ChoiceField, TextField } from "@/components/ui/form-field";
import type { StaffRow } from "@/lib/staff/staff-row";
import { FormFailure } from "./form-failure";
import { ROLE_CHOICES } from "./staff-badges";
import { useServerAction } from "@/components/actions/use-server-action";
import type { RowDialogProps } from "./staff-row-actions";

export function ChangeRoleDialog({ row, isSelf, open, onClose, onDone }: RowDialogProps & { isSelf: boolean }) {
  return (
    <Dialog open={open} onClose={onClose} title={`Change ${row.name}'s role`} description="Their open sessions pick up the new role on their next request.">
      <ChangeRoleForm row={row} isSelf={isSelf} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function ChangeRoleForm({ row, isSelf, onClose, onDone }: Omit<RowDialogProps, "open"> & { isSelf: boolean }) {
  const { pending, failure, run } = useServerAction(changeStaffRoleAction);
  const [role, setRole] = useState<StaffRow["role"]>(row.role === "admin" ? "support" : "admin");
  const errors = failure?.fieldErrors ?? {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run({ staffId: row.id, role, reason: form.get("reason"), expectedUpdatedAt: row.updatedAt.toISOString() }, (_data, message) => onDone(message));
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormFailure failure={failure} />
      <ChoiceField legend="New role" name="role" choices={ROLE_CHOICES} value={role} onChange={setRole} errors={errors.role} />
      {isSelf && role !== "admin" ? (
        <p className="text-[13px] text-amber-800">This is your own account: you will lose access to this page on your next request.</p>
      ) : null}
      <TextField label="Reason (optional)" name="reason" hint="Saved in the audit log." maxLength={500} errors={errors.reason} />
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={pending || role === row.role}>
          {pending ? "Saving…" : "Change role"}
        </Button>
      </DialogActions>
    </form>
  );
}
