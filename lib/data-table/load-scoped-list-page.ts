import "server-only";
import type { StaffSession } from "../auth/current-staff";
import type { SearchParamsInput, ListParams } from "../data-table/list-params";
import type { ListSpec } from "../data-table/list-spec";
import { loadListPage, type ListPageData } from "../data-table/load-list-page";
import type { ListResult } from "../data-table/run-list-query";
import { readDatabase, type DatabaseRead } from "../errors/read-database";
import { resolveTenantScope, type TenantScope } from "./tenant-scope";

export type ScopedListPage<Row> = { list: ListPageData<Row>; tenant: TenantScope["tenant"] };

/**
 * loadListPage for a list that `?tenant=<uuid>` narrows to one tenant. A bad or unknown tenant
 * joins the other URL problems as a sentence above the table, and the list shows every tenant.
 */
export async function loadScopedListPage<Row>(options: {
  spec: ListSpec;
  staff: StaffSession;
  searchParams: SearchParamsInput;
  load: (params: ListParams, tenantId: string | undefined) => Promise<ListResult<Row>>;
}): Promise<DatabaseRead<ScopedListPage<Row>>> {
  const { spec, staff, searchParams } = options;
  const scope = await readDatabase(() => resolveTenantScope({ actor: staff, searchParams, noun: spec.noun.many }));
  if (!scope.ok) return scope;
  const tenant = scope.data.tenant;
  const page = await loadListPage({ spec, staff, searchParams, load: (params) => options.load(params, tenant?.id) });
  if (!page.ok) return page;
  const problems = scope.data.problem ? [scope.data.problem, ...page.data.problems] : page.data.problems;
  return { ok: true, data: { list: { ...page.data, problems }, tenant } };
}
