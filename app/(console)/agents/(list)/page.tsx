import type { Metadata } from "next";
import { TenantScopeChip } from "@/components/data-table/tenant-scope-chip";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { AgentsTable } from "@/components/workspaces/agents-table";
import { checkPageAccess } from "@/lib/auth/page-access";
import { loadScopedListPage } from "@/lib/data-table/load-scoped-list-page";
import { agentListSpec } from "@/lib/workspaces/agent-list-spec";
import { listAgents } from "@/lib/workspaces/list-agents";

export const metadata: Metadata = { title: "Agents" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AgentsPage({ searchParams }: Props) {
  const access = await checkPageAccess("tenants.view");
  const header = <PageHeader title="Agents" description="Every agent tenants have built, with its model and status." />;
  if (!access.ok) return <>{header}<DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const page = await loadScopedListPage({
    spec: agentListSpec,
    staff,
    permission: "tenants.view",
    searchParams: await searchParams,
    load: (params, tenantId) => listAgents({ actor: staff, params, tenantId }),
  });
  if (!page.ok) return <>{header}<DatabaseProblemPanel problem={page.problem} /></>;
  const { list, tenant } = page.data;
  return (
    <>
      {header}
      {tenant ? <TenantScopeChip tenant={tenant} spec={agentListSpec} params={list.params} path="/agents" /> : null}
      <AgentsTable data={list} tenantId={tenant?.id} />
    </>
  );
}
