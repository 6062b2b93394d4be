"use client";

import { DataTable } from "@/components/data-table/data-table";
import type { ListPageData } from "@/lib/data-table/load-list-page";
import type { AgentListRow } from "@/lib/workspaces/agent-list-source";
import { agentListSpec } from "@/lib/workspaces/agent-list-spec";
import { agentColumns } from "./agent-table-columns";
import { scopeQueryOf } from "@/components/data-table/tenant-scope-chip";

export function AgentsTable({ data, tenantId }: { data: ListPageData<AgentListRow>; tenantId?: string }) {
  return (
    <DataTable
      spec={agentListSpec}
      {...data}
      columns={agentColumns}
      getRowId={(row) => row.id}
      exportPath="/agents/export.csv"
      scopeQuery={scopeQueryOf(tenantId)}
      empty={{ title: "No agents yet", description: "Agents appear here when a tenant's people build them." }}
    />
  );
}
