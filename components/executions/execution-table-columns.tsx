"use client";

import Link from "next/link";
import { createDataTableColumns } from "@/components/data-table/data-table-features";
import { DateStack } from "@/components/ui/date-stack";
import { StatusBadge } from "@/components/ui/status-badge";
import { RecordLink, TenantLink } from "@/components/workspaces/tenant-link";
import type { ExecutionListRow } from "@/lib/executions/execution-list-source";
import { humanize } from "@/lib/data-table/list-spec";
import { formatCount } from "@/lib/format/format-count";
import { formatDuration } from "@/lib/format/format-duration";
import { formatMoney } from "@/lib/format/format-money";

const column = createDataTableColumns<ExecutionListRow>();

const Dash = () => <span className="text-zinc-400">—</span>;

export const executionColumns = [
  column.accessor("id", {
    meta: { label: "ID", nowrap: true },
    cell: ({ getValue }) => (
      <Link href={`/executions/${getValue()}`} title={getValue()} className="font-mono text-xs font-medium text-zinc-900 hover:text-indigo-700 hover:underline">
        {getValue().slice(0, 8)}
      </Link>
    ),
  }),
  column.accessor((row) => row.tenant.name, { id: "tenant", meta: { label: "Tenant" }, cell: ({ row }) => <TenantLink tenant={row.original.tenant} /> }),
  column.accessor("type", { meta: { label: "Type" }, cell: ({ getValue }) => humanize(getValue()) }),
  column.accessor((row) => row.agent?.name ?? row.workflow?.name ?? null, {
    id: "target",
    meta: { label: "Agent or workflow" },
    cell: ({ row }) => (
      <>
        {row.original.agent ? (
          <RecordLink href={`/agents/${row.original.agent.id}`} name={row.original.agent.name} />
        ) : (
          <RecordLink href={row.original.workflow ? `/workflows/${row.original.workflow.id}` : null} name={row.original.workflow?.name ?? null} />
        )}
        <span className="block text-xs text-zinc-500">{humanize(row.original.type)}</span>
      </>
    ),
  }),
  column.accessor("status", { meta: { label: "Status" }, cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  column.accessor("startedAt", { meta: { label: "Started" }, cell: ({ getValue }) => { const value = getValue(); return value ? <DateStack value={value} /> : <Dash />; } }),
  column.accessor("durationMs", {
    id: "duration",
    meta: { label: "Duration", align: "right", nowrap: true },
    cell: ({ getValue }) => { const value = getValue(); return value === null ? <Dash /> : <span title={`${formatCount(value)} ms`}>{formatDuration(value)}</span>; },
  }),
  column.accessor("tokens", { meta: { label: "Tokens", align: "right" }, cell: ({ getValue }) => formatCount(getValue()) }),
  column.accessor("cost", { meta: { label: "Cost", align: "right", nowrap: true }, cell: ({ row }) => formatMoney(row.original.cost, row.original.currency, { precise: true }) }),
  column.accessor("createdAt", { meta: { label: "Created" }, cell: ({ getValue }) => <DateStack value={getValue()} /> }),
];
