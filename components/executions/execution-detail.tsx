import { Card, CardHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { DetailFields, DetailLink } from "@/components/workspaces/detail-fields";
import { JsonText, PlainText } from "@/components/ui/json-text";
import { humanize } from "@/lib/data-table/list-spec";
import type { ExecutionDetail as Execution } from "@/lib/executions/get-execution";
import { formatCount } from "@/lib/format/format-count";
import { formatDuration } from "@/lib/format/format-duration";
import { formatMoney } from "@/lib/format/format-money";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";

const when = (value: Date | null) => (value ? formatUtcDateTime(value) : <span className="text-zinc-400">—</span>);

export function ExecutionDetail({ execution }: { execution: Execution }) {
  const target = execution.agent
    ? { label: "Agent", link: <DetailLink href={`/agents/${execution.agent.id}`}>{execution.agent.name}</DetailLink> }
    : { label: "Workflow", link: <DetailLink href={execution.workflow ? `/workflows/${execution.workflow.id}` : null}>{execution.workflow?.name}</DetailLink> };
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title="Execution" description={<span className="font-mono text-xs">{execution.id}</span>} action={<StatusBadge status={execution.status} />} />
        <DetailFields
          fields={[
            { label: "Tenant", value: <DetailLink href={`/tenants/${execution.tenant.id}`}>{execution.tenant.name}</DetailLink> },
            { label: "Type", value: humanize(execution.executionType) },
            { label: target.label, value: target.link },
            ...(execution.agent ? [{ label: "Model", value: <span className="font-mono text-xs">{execution.agent.model}</span> }] : []),
            { label: "Started by", value: execution.creator?.email ?? <span className="text-zinc-400">—</span> },
            { label: "Created", value: when(execution.createdAt) },
            { label: "Started", value: when(execution.startedAt) },
            { label: "Completed", value: when(execution.completedAt) },
            {
              label: "Duration",
              value: execution.durationMs === null ? <span className="text-zinc-400">—</span> : `${formatDuration(execution.durationMs)} (${formatCount(execution.durationMs)} ms)`,
            },
            { label: "Tokens", value: formatCount(execution.tokensUsed) },
            { label: "Cost", value: formatMoney(execution.cost, execution.currency, { precise: true }) },
          ]}
        />
      </Card>
      {execution.errorMessage ? (
        <Card>
          <CardHeader title="Error" />
          <div className="px-5 py-4">
            <PlainText value={execution.errorMessage} tone="danger" />
          </div>
        </Card>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-2">
        <Card>
          <CardHeader title="Input" />
          <div className="px-5 py-4">
            <JsonText value={execution.inputData} empty="No input was stored." />
          </div>
        </Card>
        <Card>
          <CardHeader title="Output" />
          <div className="px-5 py-4">
            <JsonText value={execution.outputData} empty="No output was stored." />
          </div>
        </Card>
      </div>
    </div>
  );
}
