import type { Metadata } from "next";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { TenantScopeChip } from "@/components/data-table/tenant-scope-chip";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { apiKeyListSpec } from "@/lib/api-keys/api-key-list-spec";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { checkPageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { firstParam } from "@/lib/data-table/first-param";
import { loadScopedListPage } from "@/lib/data-table/load-scoped-list-page";

export const metadata: Metadata = { title: "API keys" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ApiKeysPage({ searchParams }: Props) {
  const access = await checkPageAccess("api_keys.view");
  const header = <PageHeader title="API keys" description="Tenants’ keys for the platform API: what each may do, who made it, and when it was last used." />;
  if (!access.ok) return <>{header}<DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const query = await searchParams;
  const canManage = can(staff.role, "api_keys.manage");

  const page = await loadScopedListPage({
    spec: apiKeyListSpec,
    staff,
    permission: "api_keys.view",
    searchParams: query,
    load: (params, tenantId) => listApiKeys({ actor: staff, params, tenantId }),
  });
  if (!page.ok) return <>{header}<DatabaseProblemPanel problem={page.problem} /></>;
  const { list, tenant } = page.data;

  return (
    <>
      {header}
      {tenant ? <TenantScopeChip tenant={tenant} spec={apiKeyListSpec} params={list.params} path="/api-keys" /> : null}
      <ApiKeysTable data={list} canManage={canManage} scopeTenant={tenant} openCreate={firstParam(query, "new") === "1"} />
    </>
  );
}
