"use client";

import Link from "next/link";
import { createDataTableColumns } from "@/components/data-table/data-table-features";
import { ShortDate } from "@/components/ui/date-stack";
import { StatusBadge } from "@/components/ui/status-badge";
import type { WorkflowListRow } from "@/lib/workspaces/workflow-list-source";
import { EmailText, TenantLink } from "./tenant-link";

const column = createDataTableColumns<WorkflowListRow>();

const Dash = () => <span className="text-zinc-400">—</span>;

export const workflowColumns = [
  column.accessor("name", {
    meta: { label: "Name" },
    cell: ({ row }) => (
      <Link href={`/workflows/${row.original.id}`} className="font-medium text-zinc-900 hover:text-indigo-700 hover:underline">
        {row.original.name}
      </Link>
    ),
  }),
  column.accessor((row) => row.tenant.name, { id: "tenant", meta: { label: "Tenant" }, cell: ({ row }) => <TenantLink tenant={row.original.tenant} /> }),
  column.accessor((row) => row.project?.name ?? null, { id: "project", meta: { label: "Project" }, cell: ({ row }) => row.original.project?.name ?? <Dash /> }),
  column.accessor("status", { meta: { label: "Status" }, cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  column.accessor("createdBy", { meta: { label: "Created by" }, cell: ({ getValue }) => <EmailText email={getValue()} /> }),
  column.accessor("createdAt", { meta: { label: "Created" }, cell: ({ getValue }) => <ShortDate value={getValue()} /> }),
];
