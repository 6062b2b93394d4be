"use client";

import { createDataTableColumns } from "@/components/data-table/data-table-features";
import { ShortDate } from "@/components/ui/date-stack";
import { formatCount } from "@/lib/format/format-count";
import type { ProjectListRow } from "@/lib/workspaces/project-list-source";
import { EmailText, TenantLink } from "./tenant-link";

const column = createDataTableColumns<ProjectListRow>();

export const projectColumns = [
  column.accessor("name", {
    meta: { label: "Name" },
    cell: ({ row }) => (
      <div className="min-w-0">
        <div className="font-medium text-zinc-900">{row.original.name}</div>
        {row.original.description ? <div className="max-w-xs truncate text-xs text-zinc-500" title={row.original.description}>{row.original.description}</div> : null}
      </div>
    ),
  }),
  column.accessor((row) => row.tenant.name, { id: "tenant", meta: { label: "Tenant" }, cell: ({ row }) => <TenantLink tenant={row.original.tenant} /> }),
  column.accessor("agents", { meta: { label: "Agents", align: "right" }, cell: ({ getValue }) => formatCount(getValue()) }),
  column.accessor("workflows", { meta: { label: "Workflows", align: "right" }, cell: ({ getValue }) => formatCount(getValue()) }),
  column.accessor("createdBy", { meta: { label: "Created by" }, cell: ({ getValue }) => <EmailText email={getValue()} /> }),
  column.accessor("createdAt", { meta: { label: "Created" }, cell: ({ getValue }) => <ShortDate value={getValue()} /> }),
];
