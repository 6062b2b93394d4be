"use client";

import { DataTable } from "@/components/data-table/data-table";
import { scopeQueryOf } from "@/components/data-table/tenant-scope-chip";
import type { ListPageData } from "@/lib/data-table/load-list-page";
import type { ExecutionListRow } from "@/lib/executions/execution-list-source";
import { executionListSpec } from "@/lib/executions/execution-list-spec";
import { executionColumns } from "./execution-table-columns";

export function ExecutionsTable({ data, tenantId }: { data: ListPageData<ExecutionListRow>; tenantId?: string }) {
  return (
    <DataTable
      spec={executionListSpec}
      {...data}
      columns={executionColumns}
      getRowId={(row) => row.id}
      exportPath="/executions/export.csv"
      scopeQuery={scopeQueryOf(tenantId)}
      empty={{ title: "No executions yet", description: "Executions appear here when a tenant runs an agent or a workflow." }}
    />
  );
}
