import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { AgentDetail } from "@/components/workspaces/agent-detail";
import { checkPageAccess } from "@/lib/auth/page-access";
import { readDatabase } from "@/lib/errors/read-database";
import { listRecentExecutions } from "@/lib/executions/list-recent-executions";
import { getAgent } from "@/lib/workspaces/get-agent";

export const metadata: Metadata = { title: "Agent" };

type Props = { params: Promise<{ id: string }> };

const back = <Link href="/agents" className="text-[13px] font-medium text-zinc-600 hover:text-zinc-900">← All agents</Link>;

export default async function AgentPage({ params }: Props) {
  const { id } = await params;
  const access = await checkPageAccess("tenants.view");
  if (!access.ok) return <><PageHeader title="Agent" actions={back} /><DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const read = await readDatabase(async () => {
    const agent = await getAgent({ actor: staff, agentId: id });
    return agent ? { agent, executions: await listRecentExecutions({ actor: staff, of: { agentId: agent.id } }) } : null;
  });
  if (!read.ok) return <><PageHeader title="Agent" actions={back} /><DatabaseProblemPanel problem={read.problem} /></>;
  if (!read.data) notFound();
  const { agent, executions } = read.data;
  return (
    <>
      <PageHeader title={agent.name} description={`An agent of ${agent.tenant.name}.`} actions={back} />
      <AgentDetail agent={agent} executions={executions} />
    </>
  );
}
