"use client";

import Link from "next/link";
import { createDataTableColumns } from "@/components/data-table/data-table-features";
import { DateStack, ShortDate } from "@/components/ui/date-stack";
import { USAGE_METRIC_LABELS } from "@/lib/usage/usage-metrics";
import type { UsageRecordListRow } from "@/lib/usage/usage-record-list-source";

const column = createDataTableColumns<UsageRecordListRow>();
// Quantities are bigint strings; Intl formats a BigInt without rounding it through a Number.
const quantity = new Intl.NumberFormat("en-US");

export const usageRecordColumns = [
  column.accessor((row) => row.tenant.name, {
    id: "tenant",
    meta: { label: "Tenant" },
    cell: ({ row }) => (
      <span className="block min-w-0">
        <Link href={`/tenants/${row.original.tenant.id}`} className="font-medium text-zinc-900 hover:text-indigo-700 hover:underline">
          {row.original.tenant.name}
        </Link>
        <span className="block font-mono text-xs text-zinc-500">{row.original.tenant.slug}</span>
      </span>
    ),
  }),
  column.accessor("metric", { meta: { label: "Metric", nowrap: true }, cell: ({ getValue }) => USAGE_METRIC_LABELS[getValue()] }),
  column.accessor("quantity", {
    meta: { label: "Quantity", align: "right", nowrap: true },
    cell: ({ getValue }) => <span className="font-medium text-zinc-900">{quantity.format(BigInt(getValue()))}</span>,
  }),
  column.accessor("periodStart", { meta: { label: "Period start" }, cell: ({ getValue }) => <DateStack value={getValue()} /> }),
  column.accessor("periodEnd", { meta: { label: "Period end" }, cell: ({ getValue }) => <DateStack value={getValue()} /> }),
  column.accessor("recordedAt", { meta: { label: "Recorded" }, cell: ({ getValue }) => <ShortDate value={getValue()} /> }),
];
