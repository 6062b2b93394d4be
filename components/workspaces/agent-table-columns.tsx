"use client";

import Link from "next/link";
import { createDataTableColumns } from "@/components/data-table/data-table-features";
import { ShortDate } from "@/components/ui/date-stack";
import { StatusBadge } from "@/components/ui/status-badge";
import type { AgentListRow } from "@/lib/workspaces/agent-list-source";
import { EmailText, TenantLink } from "./tenant-link";

const column = createDataTableColumns<AgentListRow>();

const Dash = () => <span className="text-zinc-400">—</span>;

export const agentColumns = [
  column.accessor("name", {
    meta: { label: "Name" },
    cell: ({ row }) => (
      <Link href={`/agents/${row.original.id}`} className="font-medium text-zinc-900 hover:text-indigo-700 hover:underline">
        {row.original.name}
      </Link>
    ),
  }),
  column.accessor((row) => row.tenant.name, { id: "tenant", meta: { label: "Tenant" }, cell: ({ row }) => <TenantLink tenant={row.original.tenant} /> }),
  column.accessor((row) => row.project?.name ?? null, { id: "project", meta: { label: "Project" }, cell: ({ row }) => row.original.project?.name ?? <Dash /> }),
  column.accessor("status", { meta: { label: "Status" }, cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  column.accessor("model", { meta: { label: "Model", nowrap: true }, cell: ({ getValue }) => <span className="font-mono text-xs text-zinc-600">{getValue()}</span> }),
  column.accessor("createdBy", { meta: { label: "Created by" }, cell: ({ getValue }) => <EmailText email={getValue()} /> }),
  column.accessor("createdAt", { meta: { label: "Created" }, cell: ({ getValue }) => <ShortDate value={getValue()} /> }),
];
