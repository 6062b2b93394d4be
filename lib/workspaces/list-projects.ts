import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import type { ListParams } from "../data-table/list-params";
import { runListQuery, type ListResult } from "../data-table/run-list-query";
import { projectListSource, projectTenantScope, type ProjectListRow } from "./project-list-source";

export function listProjects(options: ReadOptions & { params: ListParams; tenantId?: string }): Promise<ListResult<ProjectListRow>> {
  assertPermission(options.actor, "tenants.view");
  const scope = options.tenantId ? projectTenantScope(options.tenantId) : [];
  return runListQuery(resolvePrisma(options), projectListSource, options.params, { scope });
}
