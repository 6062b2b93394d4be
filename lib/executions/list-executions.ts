import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import type { ListParams } from "../data-table/list-params";
import { runListQuery, type ListResult } from "../data-table/run-list-query";
import { executionListSource, executionTenantScope, type ExecutionListRow } from "./execution-list-source";

export function listExecutions(options: ReadOptions & { params: ListParams; tenantId?: string }): Promise<ListResult<ExecutionListRow>> {
  assertPermission(options.actor, "tenants.view");
  const scope = options.tenantId ? executionTenantScope(options.tenantId) : [];
  return runListQuery(resolvePrisma(options), executionListSource, options.params, { scope });
}
