import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExecutionDetail } from "@/components/executions/execution-detail";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { checkPageAccess } from "@/lib/auth/page-access";
import { readDatabase } from "@/lib/errors/read-database";
import { getExecution } from "@/lib/executions/get-execution";

export const metadata: Metadata = { title: "Execution" };

type Props = { params: Promise<{ id: string }> };

const back = <Link href="/executions" className="text-[13px] font-medium text-zinc-600 hover:text-zinc-900">← All executions</Link>;

export default async function ExecutionPage({ params }: Props) {
  const { id } = await params;
  const access = await checkPageAccess("tenants.view");
  if (!access.ok) return <><PageHeader title="Execution" actions={back} /><DatabaseProblemPanel problem={access.problem} /></>;
  const execution = await readDatabase(() => getExecution({ actor: access.data, executionId: id }));
  if (!execution.ok) return <><PageHeader title="Execution" actions={back} /><DatabaseProblemPanel problem={execution.problem} /></>;
  if (!execution.data) notFound();
  const name = execution.data.agent?.name ?? execution.data.workflow?.name;
  return (
    <>
      <PageHeader
        title={`Execution ${execution.data.id.slice(0, 8)}`}
        description={`${name ? `${name}, ` : ""}for ${execution.data.tenant.name}`}
        actions={back}
      />
      <ExecutionDetail execution={execution.data} />
    </>
  );
}
