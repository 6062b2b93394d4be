import type { Metadata } from "next";
import { TenantScopeChip } from "@/components/data-table/tenant-scope-chip";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { UsersTable } from "@/components/users/users-table";
import { checkPageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { loadScopedListPage } from "@/lib/data-table/load-scoped-list-page";
import { listUsers } from "@/lib/tenant-users/list-users";
import { userListSpec } from "@/lib/tenant-users/user-list-spec";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const access = await checkPageAccess("tenants.view");
  const header = <PageHeader title="Users" description="The people who sign in to each tenant, with their role and whether their account is on." />;
  if (!access.ok) return <>{header}<DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const page = await loadScopedListPage({
    spec: userListSpec,
    staff,
    permission: "tenants.view",
    searchParams: await searchParams,
    load: (params, tenantId) => listUsers({ actor: staff, params, tenantId }),
  });
  if (!page.ok) return <>{header}<DatabaseProblemPanel problem={page.problem} /></>;
  const { list, tenant } = page.data;
  return (
    <>
      {header}
      {tenant ? <TenantScopeChip tenant={tenant} spec={userListSpec} params={list.params} path="/users" /> : null}
      <UsersTable data={list} tenantId={tenant?.id} canManage={can(staff.role, "tenants.manage")} />
    </>
  );
}
