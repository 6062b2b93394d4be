"use client";

import Link from "next/link";
import { createDataTableColumns } from "@/components/data-table/data-table-features";
import { selectColumn } from "@/components/data-table/data-table-select-column";
import { ShortDate } from "@/components/ui/date-stack";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ApiKeyListRow } from "@/lib/api-keys/api-key-list-source";
import { CreatorName, Expiry, LastUsed, ScopeChips } from "./api-key-bits";

const column = createDataTableColumns<ApiKeyListRow>();

const baseColumns = [
  column.accessor("keyPrefix", {
    id: "prefix",
    meta: { label: "Prefix", nowrap: true },
    cell: ({ row }) => (
      <Link href={`/api-keys/${row.original.id}`} className="font-mono text-xs font-medium text-zinc-900 hover:text-indigo-700 hover:underline">
        {row.original.keyPrefix}
      </Link>
    ),
  }),
  column.accessor("name", { meta: { label: "Name" }, cell: ({ getValue }) => <span className="text-zinc-900">{getValue()}</span> }),
  column.accessor((row) => row.tenant.name, {
    id: "tenant",
    meta: { label: "Tenant" },
    cell: ({ row }) => (
      <Link href={`/tenants/${row.original.tenant.id}`} title={row.original.tenant.slug} className="hover:text-indigo-700 hover:underline">
        {row.original.tenant.name}
      </Link>
    ),
  }),
  column.accessor("scopes", { meta: { label: "Scopes" }, cell: ({ getValue }) => <ScopeChips scopes={getValue()} max={2} /> }),
  column.accessor("createdBy", { id: "createdBy", meta: { label: "Created by" }, cell: ({ getValue }) => <CreatorName creator={getValue()} /> }),
  column.accessor("lastUsedAt", { id: "lastUsed", meta: { label: "Last used" }, cell: ({ row }) => <LastUsed at={row.original.lastUsedAt} ip={row.original.lastUsedIp} /> }),
  column.accessor("expiresAt", { id: "expires", meta: { label: "Expires" }, cell: ({ row }) => <Expiry at={row.original.expiresAt} status={row.original.status} /> }),
  column.accessor("status", { meta: { label: "Status" }, cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  column.accessor("createdAt", { meta: { label: "Created" }, cell: ({ getValue }) => <ShortDate value={getValue()} /> }),
];

/** The select column only for people who may revoke: for everyone else there is nothing to do with a selection. */
export function apiKeyColumns(selectable: boolean) {
  return selectable ? [selectColumn<ApiKeyListRow>(), ...baseColumns] : baseColumns;
}
