import type { Metadata } from "next";
import { TenantScopeChip } from "@/components/data-table/tenant-scope-chip";
import { ExecutionsTable } from "@/components/executions/executions-table";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { checkPageAccess } from "@/lib/auth/page-access";
import { loadScopedListPage } from "@/lib/data-table/load-scoped-list-page";
import { executionListSpec } from "@/lib/executions/execution-list-spec";
import { listExecutions } from "@/lib/executions/list-executions";

export const metadata: Metadata = { title: "Executions" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ExecutionsPage({ searchParams }: Props) {
  const access = await checkPageAccess("tenants.view");
  const header = <PageHeader title="Executions" description="Every agent and workflow run across tenants: what ran, how it ended, how long it took and what it cost." />;
  if (!access.ok) return <>{header}<DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const page = await loadScopedListPage({
    spec: executionListSpec,
    staff,
    permission: "tenants.view",
    searchParams: await searchParams,
    load: (params, tenantId) => listExecutions({ actor: staff, params, tenantId }),
  });
  if (!page.ok) return <>{header}<DatabaseProblemPanel problem={page.problem} /></>;
  const { list, tenant } = page.data;
  return (
    <>
      {header}
      {tenant ? <TenantScopeChip tenant={tenant} spec={executionListSpec} params={list.params} path="/executions" /> : null}
      <ExecutionsTable data={list} tenantId={tenant?.id} />
    </>
  );
}
