"use client";

import { DataTable } from "@/components/data-table/data-table";
import type { ListPageData } from "@/lib/data-table/load-list-page";
import type { ProjectListRow } from "@/lib/workspaces/project-list-source";
import { projectListSpec } from "@/lib/workspaces/project-list-spec";
import { projectColumns } from "./project-table-columns";
import { scopeQueryOf } from "@/components/data-table/tenant-scope-chip";

export function ProjectsTable({ data, tenantId }: { data: ListPageData<ProjectListRow>; tenantId?: string }) {
  return (
    <DataTable
      spec={projectListSpec}
      {...data}
      columns={projectColumns}
      getRowId={(row) => row.id}
      exportPath="/projects/export.csv"
      scopeQuery={scopeQueryOf(tenantId)}
      empty={{ title: "No projects yet", description: "Projects appear here when a tenant's people create them." }}
    />
  );
}
