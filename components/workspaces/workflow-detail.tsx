import { RecentExecutions } from "@/components/executions/recent-executions";
import { Card, CardHeader } from "@/components/ui/card";
import { JsonText } from "@/components/ui/json-text";
import { StatusBadge } from "@/components/ui/status-badge";
import type { RecentExecution } from "@/lib/executions/list-recent-executions";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";
import type { WorkflowDetail as Workflow } from "@/lib/workspaces/get-workflow";
import { DetailFields, DetailLink } from "./detail-fields";

const Dash = () => <span className="text-zinc-400">—</span>;

export function WorkflowDetail({ workflow, executions }: { workflow: Workflow; executions: RecentExecution[] }) {
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title="Workflow" action={<StatusBadge status={workflow.status} />} />
        <DetailFields
          fields={[
            { label: "Tenant", value: <DetailLink href={`/tenants/${workflow.tenant.id}`}>{workflow.tenant.name}</DetailLink> },
            { label: "Project", value: workflow.project?.name ?? <Dash /> },
            { label: "Created by", value: workflow.creator?.email ?? <Dash /> },
            { label: "Created", value: formatUtcDateTime(workflow.createdAt) },
            { label: "Updated", value: formatUtcDateTime(workflow.updatedAt) },
            { label: "ID", value: <span className="font-mono text-xs">{workflow.id}</span> },
          ]}
        />
      </Card>
      <Card>
        <CardHeader title="Definition" description="As stored, indented for reading." />
        <div className="px-5 py-4">
          <JsonText value={workflow.definition} empty="This workflow has no definition." />
        </div>
      </Card>
      <RecentExecutions executions={executions} description={`The latest runs of ${workflow.name}, newest first.`} />
    </div>
  );
}
