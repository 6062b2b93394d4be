import Link from "next/link";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { Card, CardHeader } from "@/components/ui/card";
import { Cell, HeaderCell } from "@/components/ui/table";
import type { DatabaseRead } from "@/lib/errors/read-database";
import { countOf } from "@/lib/format/count-of";
import type { OverLimitResult, OverLimitRow } from "@/lib/usage/list-over-limit-tenants";
import { USAGE_METRIC_LABELS } from "@/lib/usage/usage-metrics";

const count = new Intl.NumberFormat("en-US");
const DAY = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

const DESCRIPTION =
  "Usage in each tenant’s current billing month above a limit of its plan. Executions, tokens and API calls add up over the month; seats and agents count their latest value.";

/** Tenants over their plan's limits, furthest over first; the table scrolls past a dozen rows. */
export async function OverLimitTable({ overLimit }: { overLimit: Promise<DatabaseRead<OverLimitResult>> }) {
  const read = await overLimit;
  if (!read.ok) return <DatabaseProblemPanel problem={read.problem} />;
  const { rows, truncated } = read.data;
  const scale = Math.max(100, ...rows.map((row) => row.percent ?? 0));
  return (
    <Card>
      <CardHeader
        title="Over their plan’s limits"
        description={DESCRIPTION}
        action={<span className="text-[13px] text-zinc-500 tabular-nums">{truncated ? `The ${rows.length} furthest over` : `${countOf(rows.length, "limit")} exceeded`}</span>}
      />
      {rows.length === 0 ? (
        <p className="px-5 py-8 text-center text-[13px] text-zinc-500">No tenant is over a limit in its current billing month.</p>
      ) : (
        // One scroll box for both directions, so the header row can stick while the rows scroll.
        <div className="max-h-[34rem] overflow-auto rounded-b-lg">
          <table className="w-full border-collapse text-left text-[13px] [&_tbody_tr:last-child_td]:border-b-0 [&_thead_th]:sticky [&_thead_th]:top-0 [&_thead_th]:z-10 [&_thead_th]:bg-zinc-50">
            <caption className="sr-only">Tenants over their plan’s limits</caption>
            <thead>
              <tr>
                <HeaderCell>Tenant</HeaderCell>
                <HeaderCell>Plan</HeaderCell>
                <HeaderCell>Metric</HeaderCell>
                <HeaderCell className="text-right">Usage</HeaderCell>
                <HeaderCell className="text-right">Limit</HeaderCell>
                <HeaderCell className="text-right">Of limit</HeaderCell>
                <HeaderCell>Billing month</HeaderCell>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <OverLimitRowView key={`${row.tenant.id}-${row.metric}`} row={row} scale={scale} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

function OverLimitRowView({ row, scale }: { row: OverLimitRow; scale: number }) {
  return (
    <tr className="hover:bg-zinc-50/70">
      <Cell>
        <Link href={`/tenants/${row.tenant.id}`} className="font-medium text-zinc-900 hover:text-indigo-700 hover:underline">{row.tenant.name}</Link>
        <span className="block font-mono text-xs text-zinc-500">{row.tenant.slug}</span>
      </Cell>
      <Cell className="whitespace-nowrap">
        <Link href={`/plans/${row.plan.id}`} className="hover:text-indigo-700 hover:underline">{row.plan.name}</Link>
      </Cell>
      <Cell className="whitespace-nowrap">{USAGE_METRIC_LABELS[row.metric]}</Cell>
      <Cell className="text-right font-medium whitespace-nowrap text-zinc-900 tabular-nums">{count.format(BigInt(row.usage))}</Cell>
      <Cell className="text-right whitespace-nowrap tabular-nums">{count.format(BigInt(row.limit))}</Cell>
      <Cell className="text-right whitespace-nowrap tabular-nums">
        {row.percent === null ? (
          <span className="text-red-700">none allowed</span>
        ) : (
          <span className="inline-flex items-center gap-2.5">
            <OverLimitBar percent={row.percent} scale={scale} />
            <span className="w-12 font-medium text-red-700">{count.format(Math.round(row.percent))}%</span>
          </span>
        )}
      </Cell>
      <Cell className="whitespace-nowrap text-zinc-500">
        {DAY.format(row.window.from)} – {DAY.format(new Date(row.window.to.getTime() - 1))}
      </Cell>
    </tr>
  );
}

/** A small bullet bar: the usage against the largest overage in the list, with a tick at the limit. */
function OverLimitBar({ percent, scale }: { percent: number; scale: number }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 100 8" preserveAspectRatio="none" className="h-2 w-20">
      <rect x={0} y={0} width={100} height={8} rx={1} className="fill-zinc-100" />
      <rect x={0} y={0} width={Math.min(100, (percent / scale) * 100)} height={8} rx={1} className="fill-red-400" />
      <line x1={(100 / scale) * 100} x2={(100 / scale) * 100} y1={0} y2={8} vectorEffect="non-scaling-stroke" strokeWidth={1.5} className="stroke-zinc-700" />
    </svg>
  );
}
