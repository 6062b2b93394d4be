import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import type { ListParams } from "../data-table/list-params";
import { runListQuery, type ListResult } from "../data-table/run-list-query";
import { tenantListSource, type TenantListRow } from "./tenant-list-source";

export function listTenants(options: ReadOptions & { params: ListParams }): Promise<ListResult<TenantListRow>> {
  assertPermission(options.actor, "tenants.view");
  return runListQuery(resolvePrisma(options), tenantListSource, options.params);
}
