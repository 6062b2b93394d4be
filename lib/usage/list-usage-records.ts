import "server-only";
import { z } from "zod";
import { assertPermission, parseInput, resolvePrisma, type ReadOptions } from "../domain/call-options";
import type { ListParams } from "../data-table/list-params";
import { runListQuery, type ListResult } from "../data-table/run-list-query";
import { usageRecordListSource, usageRecordTenantScope, type UsageRecordListRow } from "./usage-record-list-source";

const tenantIdSchema = z.uuid("Choose a tenant by its id.").nullish();

/** Usage records, newest period first; `tenantId` narrows the list to one tenant. */
export async function listUsageRecords(options: ReadOptions & { params: ListParams; tenantId?: string | null }): Promise<ListResult<UsageRecordListRow>> {
  assertPermission(options.actor, "billing.view");
  const tenantId = parseInput(tenantIdSchema, options.tenantId);
  const scope = tenantId ? [usageRecordTenantScope(tenantId)] : [];
  return runListQuery(resolvePrisma(options), usageRecordListSource, options.params, { scope });
}
