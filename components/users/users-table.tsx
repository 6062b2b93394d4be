"use client";

import { DataTable } from "@/components/data-table/data-table";
import { scopeQueryOf } from "@/components/data-table/tenant-scope-chip";
import type { ListPageData } from "@/lib/data-table/load-list-page";
import type { UserListRow } from "@/lib/tenant-users/user-list-source";
import { userListSpec } from "@/lib/tenant-users/user-list-spec";
import { userColumnsFor } from "./user-table-columns";

export function UsersTable({ data, canManage, tenantId }: { data: ListPageData<UserListRow>; canManage: boolean; tenantId?: string }) {
  return (
    <DataTable
      spec={userListSpec}
      {...data}
      columns={userColumnsFor(canManage)}
      getRowId={(row) => row.id}
      exportPath="/users/export.csv"
      scopeQuery={scopeQueryOf(tenantId)}
      empty={{ title: "No users yet", description: "Users appear here when they sign up to a tenant or are invited to one." }}
    />
  );
}
