"use client";

import { DataTable } from "@/components/data-table/data-table";
import type { ListPageData } from "@/lib/data-table/load-list-page";
import { usageRecordListSpec } from "@/lib/usage/usage-record-list-spec";
import type { UsageRecordListRow } from "@/lib/usage/usage-record-list-source";
import { usageRecordColumns } from "./usage-record-table-columns";

/** `scopeQuery` (the page's `tenant` and `days`) stays in every link the table makes and in the export. */
export function UsageRecordsTable({ data, scopeQuery }: { data: ListPageData<UsageRecordListRow>; scopeQuery: string }) {
  return (
    <DataTable
      spec={usageRecordListSpec}
      {...data}
      columns={usageRecordColumns}
      getRowId={(row) => row.id}
      exportPath="/usage/export.csv"
      scopeQuery={scopeQuery}
      empty={{ title: "No usage recorded yet", description: "Tenants’ executions, tokens, API calls, seats and agents are recorded here once a day." }}
    />
  );
}
