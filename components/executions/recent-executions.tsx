import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { DateStack } from "@/components/ui/date-stack";
import { StatusBadge } from "@/components/ui/status-badge";
import { Cell, HeaderCell, Table } from "@/components/ui/table";
import type { RecentExecution } from "@/lib/executions/list-recent-executions";
import { formatCount } from "@/lib/format/format-count";
import { formatDuration } from "@/lib/format/format-duration";
import { formatMoney } from "@/lib/format/format-money";

/** The latest runs of one agent or workflow, each linking to its execution page. */
export function RecentExecutions({ executions, description }: { executions: RecentExecution[]; description: string }) {
  return (
    <Card>
      <CardHeader title="Recent executions" description={description} />
      {executions.length === 0 ? (
        <p className="px-5 py-6 text-[13px] text-zinc-500">No executions yet.</p>
      ) : (
        <Table caption="Recent executions">
          <thead>
            <tr>
              <HeaderCell>ID</HeaderCell>
              <HeaderCell>Status</HeaderCell>
              <HeaderCell className="text-right">Duration</HeaderCell>
              <HeaderCell className="text-right">Tokens</HeaderCell>
              <HeaderCell className="text-right">Cost</HeaderCell>
              <HeaderCell>Created</HeaderCell>
            </tr>
          </thead>
          <tbody>
            {executions.map((execution) => (
              <tr key={execution.id}>
                <Cell>
                  <Link href={`/executions/${execution.id}`} title={execution.id} className="font-mono text-xs font-medium text-zinc-900 hover:text-indigo-700 hover:underline">
                    {execution.id.slice(0, 8)}
                  </Link>
                </Cell>
                <Cell><StatusBadge status={execution.status} /></Cell>
                <Cell className="text-right tabular-nums">{execution.durationMs === null ? <span className="text-zinc-400">—</span> : formatDuration(execution.durationMs)}</Cell>
                <Cell className="text-right tabular-nums">{formatCount(execution.tokens)}</Cell>
                <Cell className="text-right whitespace-nowrap tabular-nums">{formatMoney(execution.cost, execution.currency, { precise: true })}</Cell>
                <Cell><DateStack value={execution.createdAt} /></Cell>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
