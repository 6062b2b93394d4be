"use client";

import type { FormEvent } from "react";
import { disableTenantUserAction, enableTenantUserAction } from "@/app/(console)/users/actions";
import { FailurePanel } from "@/components/actions/failure-panel";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toaster";
import { humanize } from "@/lib/data-table/list-spec";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";
import type { UserListRow } from "@/lib/tenant-users/user-list-source";

export type UserStatusChange = "disable" | "enable";

type Props = { row: UserListRow; change: UserStatusChange; open: boolean; onClose: () => void };

const displayName = (row: Pick<UserListRow, "name" | "email">) => row.name?.trim() || row.email;

const COPY: Record<UserStatusChange, { title: (name: string) => string; description: (row: UserListRow) => string; button: string; pending: string }> = {
  disable: {
    title: (name) => `Disable ${name}?`,
    description: (row) => `${row.email} (${row.tenant.name}) will not be able to sign in until an admin enables the account again. Their agents, workflows and data stay as they are.`,
    button: "Disable user",
    pending: "Disabling…",
  },
  enable: {
    title: (name) => `Enable ${name}?`,
    description: (row) => `${row.email} (${row.tenant.name}) will be able to sign in again.`,
    button: "Enable user",
    pending: "Enabling…",
  },
};

/** Confirms disabling or enabling one tenant user, with an optional reason for the audit log. */
export function UserStatusDialog({ row, change, open, onClose }: Props) {
  const copy = COPY[change];
  return (
    <Dialog open={open} onClose={onClose} title={copy.title(displayName(row))} description={copy.description(row)}>
      <UserStatusForm row={row} change={change} onClose={onClose} />
    </Dialog>
  );
}

function UserStatusForm({ row, change, onClose }: Omit<Props, "open">) {
  const { pending, failure, run } = useServerAction(change === "disable" ? disableTenantUserAction : enableTenantUserAction);
  const toast = useToast();
  const copy = COPY[change];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run({ userId: row.id, expectedUpdatedAt: new Date(row.updatedAt).toISOString(), reason: form.get("reason") }, (_user, message) => {
      toast({ tone: "success", text: message ?? "Saved." });
      onClose();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FailurePanel failure={failure} describeCurrent={describeCurrentUser} />
      <TextField label="Reason (optional)" name="reason" hint="Saved in the audit log." maxLength={500} autoFocus errors={failure?.fieldErrors?.reason} />
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant={change === "disable" ? "danger" : "primary"} disabled={pending}>
          {pending ? copy.pending : copy.button}
        </Button>
      </DialogActions>
    </form>
  );
}

type CurrentUser = { email: string; name: string | null; role: string; isActive: boolean; updatedAt: Date | string };

function isCurrentUser(value: unknown): value is CurrentUser {
  return typeof value === "object" && value !== null && "email" in value && "isActive" in value && "role" in value;
}

/** On a conflict: what the account looks like now, after someone else's change. */
function describeCurrentUser(current: unknown) {
  if (!isCurrentUser(current)) return null;
  return (
    <p>
      Now: {displayName(current)} ({current.email}), {humanize(current.role).toLowerCase()}, {current.isActive ? "active" : "disabled"}; changed{" "}
      {formatUtcDateTime(current.updatedAt)}.
    </p>
  );
}
