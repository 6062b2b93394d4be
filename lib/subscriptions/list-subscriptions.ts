import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import type { ListParams } from "../data-table/list-params";
import { runListQuery, type ListResult } from "../data-table/run-list-query";
import { Prisma } from "../generated/prisma/client";
import { subscriptionListSource, type SubscriptionListRow } from "./subscription-list-source";

/** The fixed conditions for a list (or export) narrowed to one tenant; none for every tenant. */
export function subscriptionListScope(tenantId: string | null | undefined): Prisma.Sql[] {
  return tenantId ? [Prisma.sql`s.tenant_id = ${tenantId}::uuid`] : [];
}

export async function listSubscriptions(options: ReadOptions & { params: ListParams; tenantId?: string | null }): Promise<ListResult<SubscriptionListRow>> {
  assertPermission(options.actor, "billing.view");
  return runListQuery(resolvePrisma(options), subscriptionListSource, options.params, { scope: subscriptionListScope(options.tenantId) });
}
