"use client";

import { DataTable } from "@/components/data-table/data-table";
import { blueprintListSpec } from "@/lib/blueprints/blueprint-list-spec";
import type { BlueprintListRow } from "@/lib/blueprints/blueprint-list-source";
import type { ListPageData } from "@/lib/data-table/load-list-page";
import { blueprintColumns } from "./blueprint-table-columns";

export function BlueprintsTable({ data }: { data: ListPageData<BlueprintListRow> }) {
  return (
    <DataTable
      spec={blueprintListSpec}
      {...data}
      columns={blueprintColumns}
      getRowId={(row) => row.id}
      exportPath="/blueprints/export.csv"
      empty={{ title: "No blueprints yet", description: "Blueprints appear here when a tenant publishes one to the marketplace." }}
    />
  );
}
