import type { Metadata } from "next";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { ProjectsTable } from "@/components/workspaces/projects-table";
import { TenantScopeChip } from "@/components/workspaces/tenant-scope-chip";
import { checkPageAccess } from "@/lib/auth/page-access";
import { listProjects } from "@/lib/workspaces/list-projects";
import { loadScopedListPage } from "@/lib/workspaces/load-scoped-list-page";
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
