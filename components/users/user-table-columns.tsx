"use client";

import Link from "next/link";
import { createDataTableColumns } from "@/components/data-table/data-table-features";
import { ShortDate } from "@/components/ui/date-stack";
import { StatusBadge } from "@/components/ui/status-badge";
import { TenantLink } from "@/components/workspaces/tenant-link";
import { humanize } from "@/lib/data-table/list-spec";
import type { UserListRow } from "@/lib/tenant-users/user-list-source";
import { UserRowActions } from "./user-row-actions";

const column = createDataTableColumns<UserListRow>();

const readColumns = [
  column.accessor("email", {
    meta: { label: "Email", nowrap: true },
    cell: ({ row }) => (
      <>
        {/* The user's own audit trail: what they did, searched by their address. */}
        <Link
          href={`/audit-logs?q=${encodeURIComponent(`user:${row.original.email}`)}`}
          title={`Audit trail of ${row.original.email}`}
          className="block font-medium text-zinc-900 hover:text-indigo-700 hover:underline"
        >
          {row.original.email}
        </Link>
        {row.original.name ? <span className="block text-xs text-zinc-500">{row.original.name}</span> : null}
      </>
    ),
  }),
  column.accessor("name", { meta: { label: "Name", nowrap: true }, cell: ({ getValue }) => getValue() ?? <span className="text-zinc-400">—</span> }),
  column.accessor((row) => row.tenant.name, { id: "tenant", meta: { label: "Tenant" }, cell: ({ row }) => <TenantLink tenant={row.original.tenant} /> }),
  column.accessor("role", { meta: { label: "Role" }, cell: ({ getValue }) => humanize(getValue()) }),
  column.accessor("isActive", {
    id: "active",
    meta: { label: "Status" },
    cell: ({ getValue }) => (getValue() ? <StatusBadge status="active" /> : <StatusBadge status="disabled" />),
  }),
  column.accessor("lastLoginAt", {
    meta: { label: "Last sign-in" },
    cell: ({ getValue }) => (getValue() ? <ShortDate value={getValue()} /> : <span className="text-zinc-400">Never</span>),
  }),
  column.accessor("createdAt", { meta: { label: "Created" }, cell: ({ getValue }) => <ShortDate value={getValue()} /> }),
];

const actionsColumn = column.display({
  id: "actions",
  header: () => <span className="sr-only">Actions</span>,
  cell: ({ row }) => <UserRowActions row={row.original} />,
});

export const userColumnsFor = (canManage: boolean) => (canManage ? [...readColumns, actionsColumn] : readColumns);
