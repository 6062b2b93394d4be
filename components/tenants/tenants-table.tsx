"use client";

import { DataTable } from "@/components/data-table/data-table";
import type { ListPageData } from "@/lib/data-table/load-list-page";
import { tenantListSpec } from "@/lib/tenants/tenant-list-spec";
import type { TenantListRow } from "@/lib/tenants/tenant-list-source";
import { tenantColumns } from "./tenant-table-columns";

export function TenantsTable({ data }: { data: ListPageData<TenantListRow>; canManage: boolean }) {
  return (
    <DataTable
      spec={tenantListSpec}
      {...data}
      columns={tenantColumns}
      getRowId={(row) => row.id}
      exportPath="/tenants/export.csv"
      empty={{ title: "No tenants yet", description: "Tenants appear here when they sign up, or when an admin creates one." }}
    />
  );
}
