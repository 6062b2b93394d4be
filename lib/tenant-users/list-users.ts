import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import type { ListParams } from "../data-table/list-params";
import { runListQuery, type ListResult } from "../data-table/run-list-query";
import { userListSource, userTenantScope, type UserListRow } from "./user-list-source";

export function listUsers(options: ReadOptions & { params: ListParams; tenantId?: string }): Promise<ListResult<UserListRow>> {
  assertPermission(options.actor, "tenants.view");
  const scope = options.tenantId ? userTenantScope(options.tenantId) : [];
  return runListQuery(resolvePrisma(options), userListSource, options.params, { scope });
}
