import { RecentExecutions } from "@/components/executions/recent-executions";
import { Card, CardHeader } from "@/components/ui/card";
import { PlainText } from "@/components/ui/json-text";
import { StatusBadge } from "@/components/ui/status-badge";
import type { RecentExecution } from "@/lib/executions/list-recent-executions";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";
import type { AgentDetail as Agent } from "@/lib/workspaces/get-agent";
import { DetailFields, DetailLink } from "./detail-fields";

const Dash = () => <span className="text-zinc-400">—</span>;

export function AgentDetail({ agent, executions }: { agent: Agent; executions: RecentExecution[] }) {
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title="Agent" description={agent.description ?? undefined} action={<StatusBadge status={agent.status} />} />
        <DetailFields
          fields={[
            { label: "Tenant", value: <DetailLink href={`/tenants/${agent.tenant.id}`}>{agent.tenant.name}</DetailLink> },
            { label: "Project", value: agent.project?.name ?? <Dash /> },
            { label: "Model", value: <span className="font-mono text-xs">{agent.model}</span> },
            { label: "Created by", value: agent.creator?.email ?? <Dash /> },
            { label: "Created", value: formatUtcDateTime(agent.createdAt) },
            { label: "Updated", value: formatUtcDateTime(agent.updatedAt) },
            { label: "ID", value: <span className="font-mono text-xs">{agent.id}</span> },
          ]}
        />
      </Card>
      <Card>
        <CardHeader title="System prompt" />
        <div className="px-5 py-4">
          <PlainText value={agent.systemPrompt} empty="This agent has no system prompt." />
        </div>
      </Card>
      <RecentExecutions executions={executions} description={`The latest ${executions.length === 1 ? "run" : "runs"} of ${agent.name}, newest first.`} />
    </div>
  );
}
