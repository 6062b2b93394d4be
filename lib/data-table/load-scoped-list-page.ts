import "server-only";
import type { StaffSession } from "../auth/current-staff";
import type { Permission } from "../auth/permissions";
import { readDatabase, type DatabaseRead } from "../errors/read-database";
import type { SearchParamsInput, ListParams } from "./list-params";
import type { ListSpec } from "./list-spec";
import { loadListPage, type ListPageData } from "./load-list-page";
import type { ListResult } from "./run-list-query";
import { resolveTenantScope, type TenantScope } from "./tenant-scope";

export type ScopedListPage<Row> = { list: ListPageData<Row>; tenant: TenantScope["tenant"] };

/**
 * loadListPage for a list that `?tenant=<uuid>` narrows to one tenant. A bad or unknown tenant
 * joins the other URL problems as a sentence above the table, and the list shows every tenant.
 */
export async function loadScopedListPage<Row>(options: {
  spec: ListSpec;
  staff: StaffSession;
  /** The list's own view permission: the tenant's name is read with it. */
  permission: Permission;
  searchParams: SearchParamsInput;
  load: (params: ListParams, tenantId: string | undefined) => Promise<ListResult<Row>>;
}): Promise<DatabaseRead<ScopedListPage<Row>>> {
  const { spec, staff, searchParams, permission } = options;
  const scope = await readDatabase(() => resolveTenantScope({ actor: staff, searchParams, permission, noun: spec.noun.many }));
  if (!scope.ok) return scope;
  const tenant = scope.data.tenant;
  const page = await loadListPage({ spec, staff, searchParams, load: (params) => options.load(params, tenant?.id) });
  if (!page.ok) return page;
  const problems = scope.data.problem ? [scope.data.problem, ...page.data.problems] : page.data.problems;
  return { ok: true, data: { list: { ...page.data, problems }, tenant } };
}
