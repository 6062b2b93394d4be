import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import type { ListParams } from "../data-table/list-params";
import { runListQuery, type ListResult } from "../data-table/run-list-query";
import { apiKeyListScope, apiKeyListSource, type ApiKeyListRow } from "./api-key-list-source";

export async function listApiKeys(options: ReadOptions & { params: ListParams; tenantId?: string | null }): Promise<ListResult<ApiKeyListRow>> {
  assertPermission(options.actor, "api_keys.view");
  return runListQuery(resolvePrisma(options), apiKeyListSource, options.params, { scope: apiKeyListScope(options.tenantId) });
}
