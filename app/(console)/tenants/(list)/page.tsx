import type { Metadata } from "next";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { TenantsTable } from "@/components/tenants/tenants-table";
import { checkPageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { loadListPage } from "@/lib/data-table/load-list-page";
import { listTenants } from "@/lib/tenants/list-tenants";
import { tenantListSpec } from "@/lib/tenants/tenant-list-spec";

export const metadata: Metadata = { title: "Tenants" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TenantsPage({ searchParams }: Props) {
  const access = await checkPageAccess("tenants.view");
  const header = <PageHeader title="Tenants" description="Every organisation on Agent Factory, with its plan, revenue and people." />;
  if (!access.ok) return <>{header}<DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const page = await loadListPage({
    spec: tenantListSpec,
    staff,
    searchParams: await searchParams,
    load: (params) => listTenants({ actor: staff, params }),
  });
  return (
    <>
      {header}
      {page.ok ? <TenantsTable data={page.data} canManage={can(staff.role, "tenants.manage")} /> : <DatabaseProblemPanel problem={page.problem} />}
    </>
  );
}
