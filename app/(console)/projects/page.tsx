import type { Metadata } from "next";
import { TenantScopeChip } from "@/components/data-table/tenant-scope-chip";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { ProjectsTable } from "@/components/workspaces/projects-table";
import { checkPageAccess } from "@/lib/auth/page-access";
import { loadScopedListPage } from "@/lib/data-table/load-scoped-list-page";
import { listProjects } from "@/lib/workspaces/list-projects";
import { projectListSpec } from "@/lib/workspaces/project-list-spec";

export const metadata: Metadata = { title: "Projects" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProjectsPage({ searchParams }: Props) {
  const access = await checkPageAccess("tenants.view");
  const header = <PageHeader title="Projects" description="The projects tenants group their agents and workflows into." />;
  if (!access.ok) return <>{header}<DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const page = await loadScopedListPage({
    spec: projectListSpec,
    staff,
    permission: "tenants.view",
    searchParams: await searchParams,
    load: (params, tenantId) => listProjects({ actor: staff, params, tenantId }),
  });
  if (!page.ok) return <>{header}<DatabaseProblemPanel problem={page.problem} /></>;
  const { list, tenant } = page.data;
  return (
    <>
      {header}
      {tenant ? <TenantScopeChip tenant={tenant} spec={projectListSpec} params={list.params} path="/projects" /> : null}
      <ProjectsTable data={list} tenantId={tenant?.id} />
    </>
  );
}
