"use client";

import type { FormEvent } from "react";
import { suspendTenantsAction } from "@/app/(console)/tenants/actions";
import { useServerAction } from "@/components/actions/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/form-field";
import { StatusBadge } from "@/components/ui/status-badge";
import { countOf } from "@/lib/format/count-of";
import type { TenantListRow } from "@/lib/tenants/tenant-list-source";
import { TenantFailure } from "./tenant-failure";

type Props = { tenants: TenantListRow[]; open: boolean; onClose: () => void; onDone: (message: string | undefined) => void };


/** Suspends the selected tenants together, or none of them. Suspended and cancelled ones are left out, and said so. */
export function BulkSuspendDialog({ tenants, open, onClose, onDone }: Props) {
  const toSuspend = tenants.filter((tenant) => tenant.status === "trial" || tenant.status === "active");
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Suspend ${countOf(toSuspend.length, "tenant")}?`}
      description={
        <>
          <strong className="font-semibold text-zinc-900">Their users and API keys are refused until each is reactivated.</strong> Subscriptions are not
          changed. Either all of them are suspended or, if one changed meanwhile, none.
        </>
      }
    >
      <BulkSuspendForm tenants={tenants} toSuspend={toSuspend} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function BulkSuspendForm({ tenants, toSuspend, onClose, onDone }: Omit<Props, "open"> & { toSuspend: TenantListRow[] }) {
  const { pending, failure, run } = useServerAction(suspendTenantsAction);
  const leftOut = tenants.length - toSuspend.length;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run(
      {
        tenants: toSuspend.map((tenant) => ({ tenantId: tenant.id, expectedUpdatedAt: new Date(tenant.updatedAt).toISOString() })),
        reason: form.get("reason"),
      },
      (_tenants, message) => onDone(message),
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <TenantFailure failure={failure} />
      <ul aria-label="Tenants to suspend" className="max-h-48 divide-y divide-zinc-100 overflow-y-auto rounded-md bg-zinc-50 px-3 text-[13px]">
        {toSuspend.map((tenant) => (
          <li key={tenant.id} className="flex items-center justify-between gap-3 py-1.5">
            <span className="min-w-0 truncate text-zinc-900">{tenant.name}</span>
            <span className="flex shrink-0 items-center gap-2 text-xs text-zinc-500">
              {countOf(tenant.users, "user")}
              <StatusBadge status={tenant.status} />
            </span>
          </li>
        ))}
      </ul>
      {leftOut > 0 ? (
        <p className="text-xs text-zinc-500">
          {countOf(leftOut, "tenant")} already suspended or cancelled {leftOut === 1 ? "is" : "are"} left out.
        </p>
      ) : null}
      {failure?.fieldErrors?.tenants ? <p className="text-xs text-red-700">{failure.fieldErrors.tenants.join(" ")}</p> : null}
      <TextField
        label="Reason"
        name="reason"
        required
        maxLength={500}
        autoFocus
        hint="Required. Saved on each tenant and in the audit log."
        errors={failure?.fieldErrors?.reason}
      />
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="danger" disabled={pending || toSuspend.length === 0}>
          {pending ? "Suspending…" : `Suspend ${countOf(toSuspend.length, "tenant")}`}
        </Button>
      </DialogActions>
    </form>
  );
}
