"use client";

import { DataTable } from "@/components/data-table/data-table";
import type { ListPageData } from "@/lib/data-table/load-list-page";
import type { WorkflowListRow } from "@/lib/workspaces/workflow-list-source";
import { workflowListSpec } from "@/lib/workspaces/workflow-list-spec";
import { workflowColumns } from "./workflow-table-columns";
import { scopeQueryOf } from "@/components/data-table/tenant-scope-chip";

export function WorkflowsTable({ data, tenantId }: { data: ListPageData<WorkflowListRow>; tenantId?: string }) {
  return (
    <DataTable
      spec={workflowListSpec}
      {...data}
      columns={workflowColumns}
      getRowId={(row) => row.id}
      exportPath="/workflows/export.csv"
      scopeQuery={scopeQueryOf(tenantId)}
      empty={{ title: "No workflows yet", description: "Workflows appear here when a tenant's people build them." }}
    />
  );
}
