import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { WorkflowDetail } from "@/components/workspaces/workflow-detail";
import { checkPageAccess } from "@/lib/auth/page-access";
import { readDatabase } from "@/lib/errors/read-database";
import { listRecentExecutions } from "@/lib/executions/list-recent-executions";
import { getWorkflow } from "@/lib/workspaces/get-workflow";

export const metadata: Metadata = { title: "Workflow" };

type Props = { params: Promise<{ id: string }> };

const back = <Link href="/workflows" className="text-[13px] font-medium text-zinc-600 hover:text-zinc-900">← All workflows</Link>;

export default async function WorkflowPage({ params }: Props) {
  const { id } = await params;
  const access = await checkPageAccess("tenants.view");
  if (!access.ok) return <><PageHeader title="Workflow" actions={back} /><DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const read = await readDatabase(async () => {
    const workflow = await getWorkflow({ actor: staff, workflowId: id });
    return workflow ? { workflow, executions: await listRecentExecutions({ actor: staff, of: { workflowId: workflow.id } }) } : null;
  });
  if (!read.ok) return <><PageHeader title="Workflow" actions={back} /><DatabaseProblemPanel problem={read.problem} /></>;
  if (!read.data) notFound();
  const { workflow, executions } = read.data;
  return (
    <>
      <PageHeader title={workflow.name} description={`A workflow of ${workflow.tenant.name}.`} actions={back} />
      <WorkflowDetail workflow={workflow} executions={executions} />
    </>
  );
}
