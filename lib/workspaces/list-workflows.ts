import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import type { ListParams } from "../data-table/list-params";
import { runListQuery, type ListResult } from "../data-table/run-list-query";
import { workflowListSource, workflowTenantScope, type WorkflowListRow } from "./workflow-list-source";

export function listWorkflows(options: ReadOptions & { params: ListParams; tenantId?: string }): Promise<ListResult<WorkflowListRow>> {
  assertPermission(options.actor, "tenants.view");
  const scope = options.tenantId ? workflowTenantScope(options.tenantId) : [];
  return runListQuery(resolvePrisma(options), workflowListSource, options.params, { scope });
}
