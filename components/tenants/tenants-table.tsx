"use client";

import { useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { selectColumn } from "@/components/data-table/data-table-select-column";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import type { ListPageData } from "@/lib/data-table/load-list-page";
import { tenantListSpec } from "@/lib/tenants/tenant-list-spec";
import type { TenantListRow } from "@/lib/tenants/tenant-list-source";
import { BulkSuspendDialog } from "./bulk-suspend-dialog";
import { CreateTenantDialog } from "./create-tenant-dialog";
import { tenantColumns } from "./tenant-table-columns";

const manageColumns = [selectColumn<TenantListRow>(), ...tenantColumns];

export function TenantsTable({ data, canManage }: { data: ListPageData<TenantListRow>; canManage: boolean }) {
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [suspending, setSuspending] = useState(false);

  return (
    <>
      <DataTable
        spec={tenantListSpec}
        {...data}
        columns={canManage ? manageColumns : tenantColumns}
        getRowId={(row) => row.id}
        exportPath="/tenants/export.csv"
        toolbarActions={canManage ? <Button variant="primary" onClick={() => setCreating(true)}>New tenant</Button> : null}
        bulkActions={
          canManage
            ? (selected, clearSelection) => (
                <>
                  <Button size="sm" variant="danger" onClick={() => setSuspending(true)}>
                    Suspend selected
                  </Button>
                  <BulkSuspendDialog
                    tenants={selected}
                    open={suspending}
                    onClose={() => setSuspending(false)}
                    onDone={(message) => {
                      setSuspending(false);
                      clearSelection();
                      toast({ tone: "success", text: message ?? "The tenants are suspended." });
                    }}
                  />
                </>
              )
            : undefined
        }
        empty={{ title: "No tenants yet", description: "Tenants appear here when they sign up, or when an admin creates one." }}
      />
      {canManage ? <CreateTenantDialog open={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
