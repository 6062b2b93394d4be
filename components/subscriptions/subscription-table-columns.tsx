"use client";

import Link from "next/link";
import { createDataTableColumns } from "@/components/data-table/data-table-features";
import { INTERVAL_LABELS } from "@/components/plans/plan-labels";
import { ShortDate } from "@/components/ui/date-stack";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatMoney } from "@/lib/format/format-money";
import type { SubscriptionListRow } from "@/lib/subscriptions/subscription-list-source";

const column = createDataTableColumns<SubscriptionListRow>();
const LINK = "hover:text-indigo-700 hover:underline";

export const subscriptionColumns = [
  column.accessor("id", {
    id: "subscription",
    meta: { label: "ID", nowrap: true },
    cell: ({ row }) => (
      <Link href={`/subscriptions/${row.original.id}`} className="font-mono text-xs text-indigo-700 hover:underline" title={row.original.id}>
        <span className="sr-only">Subscription of {row.original.tenant.name}, id </span>
        {row.original.id.slice(0, 8)}
      </Link>
    ),
  }),
  column.accessor((row) => row.tenant.name, {
    id: "tenant",
    meta: { label: "Tenant" },
    cell: ({ row }) => (
      // A floor on the width, so a long name wraps onto two lines rather than a word per line.
      <Link href={`/tenants/${row.original.tenant.id}`} className={`inline-block min-w-28 font-medium text-zinc-900 ${LINK}`}>
        {row.original.tenant.name}
      </Link>
    ),
  }),
  column.accessor((row) => row.plan.name, {
    id: "plan",
    meta: { label: "Plan" },
    cell: ({ row }) => (
      <Link href={`/plans/${row.original.plan.id}`} className={LINK}>
        {row.original.plan.name}
      </Link>
    ),
  }),
  column.accessor("status", { meta: { label: "Status" }, cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  column.accessor("billingInterval", {
    id: "interval",
    meta: { label: "Interval" },
    cell: ({ getValue }) => INTERVAL_LABELS[getValue()] ?? getValue(),
  }),
  column.accessor("price", {
    meta: { label: "Price", align: "right", nowrap: true },
    cell: ({ row }) => (
      <>
        {formatMoney(row.original.price, row.original.currency)}
        <span className="text-zinc-500"> / {row.original.billingInterval === "year" ? "yr" : "mo"}</span>
      </>
    ),
  }),
  column.accessor("mrr", {
    meta: { label: "MRR", align: "right", nowrap: true },
    cell: ({ row }) => <span className={row.original.mrr === "0.00" ? "text-zinc-400" : ""}>{formatMoney(row.original.mrr, row.original.currency)}</span>,
  }),
  column.accessor("currentPeriodEnd", { id: "periodEnd", meta: { label: "Period ends" }, cell: ({ getValue }) => <ShortDate value={getValue()} /> }),
  column.accessor("trialEndsAt", { id: "trialEnds", meta: { label: "Trial ends" }, cell: ({ getValue }) => <ShortDate value={getValue()} /> }),
  column.accessor("cancelAtPeriodEnd", {
    meta: { label: "Cancels at end" },
    cell: ({ getValue }) => (getValue() ? <StatusBadge status="past_due" label="Yes" /> : <span className="text-zinc-400">No</span>),
  }),
  column.accessor("externalId", {
    meta: { label: "External id", nowrap: true },
    cell: ({ getValue }) => (getValue() ? <span className="font-mono text-xs text-zinc-600">{getValue()}</span> : <span className="text-zinc-400">—</span>),
  }),
  column.accessor("createdAt", { meta: { label: "Created" }, cell: ({ getValue }) => <ShortDate value={getValue()} /> }),
];
