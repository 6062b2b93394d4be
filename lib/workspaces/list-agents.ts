import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import type { ListParams } from "../data-table/list-params";
import { runListQuery, type ListResult } from "../data-table/run-list-query";
import { agentListSource, agentTenantScope, type AgentListRow } from "./agent-list-source";

export function listAgents(options: ReadOptions & { params: ListParams; tenantId?: string }): Promise<ListResult<AgentListRow>> {
  assertPermission(options.actor, "tenants.view");
  const scope = options.tenantId ? agentTenantScope(options.tenantId) : [];
  return runListQuery(resolvePrisma(options), agentListSource, options.params, { scope });
}
