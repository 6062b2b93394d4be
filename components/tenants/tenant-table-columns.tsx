"use client";

import Link from "next/link";
import { createDataTableColumns } from "@/components/data-table/data-table-features";
import { ShortDate } from "@/components/ui/date-stack";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatCount } from "@/lib/format/format-count";
import { formatMoney } from "@/lib/format/format-money";
import type { TenantListRow } from "@/lib/tenants/tenant-list-source";

const column = createDataTableColumns<TenantListRow>();

export const tenantColumns = [
  column.accessor("name", {
    meta: { label: "Name" },
    cell: ({ row }) => (
      <Link href={`/tenants/${row.original.id}`} className="font-medium text-zinc-900 hover:text-indigo-700 hover:underline">
        {row.original.name}
      </Link>
    ),
  }),
  column.accessor("slug", { meta: { label: "Slug", nowrap: true }, cell: ({ getValue }) => <span className="font-mono text-xs text-zinc-600">{getValue()}</span> }),
  column.accessor("status", { meta: { label: "Status" }, cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  column.accessor((row) => row.plan?.name ?? null, {
    id: "plan",
    meta: { label: "Plan", nowrap: true },
    cell: ({ row }) =>
      row.original.plan ? (
        <span className="flex items-center gap-1.5">
          <Link href={`/plans/${row.original.plan.id}`} className="hover:text-indigo-700 hover:underline">{row.original.plan.name}</Link>
          {row.original.subscriptionStatus && row.original.subscriptionStatus !== "active" ? <StatusBadge status={row.original.subscriptionStatus} /> : null}
        </span>
      ) : (
        <span className="text-zinc-400">No plan</span>
      ),
  }),
  column.accessor("mrr", { meta: { label: "Monthly revenue", align: "right", nowrap: true }, cell: ({ row }) => formatMoney(row.original.mrr, row.original.currency) }),
  column.accessor("users", { meta: { label: "Users", align: "right" }, cell: ({ getValue }) => formatCount(getValue()) }),
  column.accessor("createdAt", { meta: { label: "Created" }, cell: ({ getValue }) => <ShortDate value={getValue()} /> }),
];
