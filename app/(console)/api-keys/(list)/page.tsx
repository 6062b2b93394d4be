import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { DatabaseProblemPanel } from "@/components/shell/database-problem-panel";
import { PageHeader } from "@/components/shell/page-header";
import { apiKeyListSpec } from "@/lib/api-keys/api-key-list-spec";
import { getKeyTenant, type KeyTenant } from "@/lib/api-keys/get-key-tenant";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { checkPageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { loadListPage } from "@/lib/data-table/load-list-page";
import { readDatabase } from "@/lib/errors/read-database";

export const metadata: Metadata = { title: "API keys" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const tenantParamSchema = z.uuid();

export default async function ApiKeysPage({ searchParams }: Props) {
  const access = await checkPageAccess("api_keys.view");
  const header = <PageHeader title="API keys" description="Tenants’ keys for the platform API: what each may do, who made it, and when it was last used." />;
  if (!access.ok) return <>{header}<DatabaseProblemPanel problem={access.problem} /></>;
  const staff = access.data;
  const query = await searchParams;
  const canManage = can(staff.role, "api_keys.manage");

  // ?tenant=<id> narrows the list to one tenant; anything else in it is said, then ignored.
  const tenantParam = first(query.tenant);
  const scopeProblems: string[] = [];
  let tenant: KeyTenant | null = null;
  if (tenantParam) {
    const parsed = tenantParamSchema.safeParse(tenantParam);
    if (!parsed.success) scopeProblems.push("The tenant in the address is not a tenant id, so every tenant’s keys are shown.");
    else {
      const read = await readDatabase(() => getKeyTenant({ actor: staff, tenantId: parsed.data }));
      if (!read.ok) return <>{header}<DatabaseProblemPanel problem={read.problem} /></>;
      tenant = read.data;
      if (!tenant) scopeProblems.push("No tenant has the id in the address, so every tenant’s keys are shown.");
    }
  }

  const page = await loadListPage({
    spec: apiKeyListSpec,
    staff,
    searchParams: query,
    load: (params) => listApiKeys({ actor: staff, params, tenantId: tenant?.id }),
  });
  if (!page.ok) return <>{header}<DatabaseProblemPanel problem={page.problem} /></>;

  return (
    <>
      {header}
      {tenant ? (
        <p className="mb-3 flex flex-wrap items-center gap-x-2 text-[13px] text-zinc-600">
          <span>
            Only{" "}
            <Link href={`/tenants/${tenant.id}`} className="font-medium text-zinc-900 hover:text-indigo-700 hover:underline">
              {tenant.name}
            </Link>{" "}
            <span className="font-mono text-xs text-zinc-500">{tenant.slug}</span>
          </span>
          <span aria-hidden="true">·</span>
          <Link href="/api-keys" className="font-medium text-indigo-700 hover:underline">
            Show all
          </Link>
        </p>
      ) : null}
      <ApiKeysTable
        data={{ ...page.data, problems: [...scopeProblems, ...page.data.problems] }}
        canManage={canManage}
        scopeTenant={tenant ? { id: tenant.id, name: tenant.name, slug: tenant.slug } : null}
        openCreate={first(query.new) === "1"}
      />
    </>
  );
}
