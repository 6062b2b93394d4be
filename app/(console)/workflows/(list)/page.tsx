import type { Metadata } from "next";
import { TenantScopeChip } from "@/components/data-table/tenant-scope-chip";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { WorkflowsTable } from "@/components/workspaces/workflows-table";
import { checkPageAccess } from "@/lib/auth/page-access";
import { loadScopedListPage } from "@/lib/data-table/load-scoped-list-page";
import { listWorkflows } from "@/lib/workspaces/list-workflows";
import { workflowListSpec } from "@/lib/workspaces/workflow-list-spec";

export const metadata: Metadata = { title: "Workflows" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WorkflowsPage({ searchParams }: Props) {
  const access = await checkPageAccess("tenants.view");
  const header = <PageHeader title="Workflows" description="Every workflow tenants have built, with its project and status." />;
  if (!access.ok) return <>{header}<DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const page = await loadScopedListPage({
    spec: workflowListSpec,
    staff,
    permission: "tenants.view",
    searchParams: await searchParams,
    load: (params, tenantId) => listWorkflows({ actor: staff, params, tenantId }),
  });
  if (!page.ok) return <>{header}<DatabaseProblemPanel problem={page.problem} /></>;
  const { list, tenant } = page.data;
  return (
    <>
      {header}
      {tenant ? <TenantScopeChip tenant={tenant} spec={workflowListSpec} params={list.params} path="/workflows" /> : null}
      <WorkflowsTable data={list} tenantId={tenant?.id} />
    </>
  );
}
