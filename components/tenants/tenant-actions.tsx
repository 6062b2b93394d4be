"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { EditTenantDialog } from "./edit-tenant-dialog";
import { ReactivateTenantDialog } from "./reactivate-tenant-dialog";
import { SuspendTenantDialog } from "./suspend-tenant-dialog";
import type { TenantValues } from "./tenant-failure";

/** The admin's buttons on a tenant's page; the page renders none of this for support. */
export function TenantActions({ tenant }: { tenant: TenantValues }) {
  const toast = useToast();
  const [open, setOpen] = useState<"edit" | "suspend" | "reactivate" | null>(null);
  const close = () => setOpen(null);
  const done = (fallback: string) => (message: string | undefined) => {
    setOpen(null);
    toast({ tone: "success", text: message ?? fallback });
  };

  return (
    <>
      <Button onClick={() => setOpen("edit")}>Edit</Button>
      {tenant.status === "suspended" ? (
        <Button variant="primary" onClick={() => setOpen("reactivate")}>Reactivate</Button>
      ) : tenant.status === "cancelled" ? null : (
        <Button variant="danger" onClick={() => setOpen("suspend")}>Suspend</Button>
      )}
      <EditTenantDialog tenant={tenant} open={open === "edit"} onClose={close} onDone={done(`${tenant.name} was saved.`)} />
      <SuspendTenantDialog tenant={tenant} open={open === "suspend"} onClose={close} onDone={done(`${tenant.name} is suspended.`)} />
      <ReactivateTenantDialog tenant={tenant} open={open === "reactivate"} onClose={close} onDone={done(`${tenant.name} is reactivated.`)} />
    </>
  );
}
