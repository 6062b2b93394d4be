import "server-only";
import { z } from "zod";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import type { ListParams } from "../data-table/list-params";
import { runListQuery, type ListResult } from "../data-table/run-list-query";
import { Prisma } from "../generated/prisma/client";
import { subscriptionListSource, type SubscriptionListRow } from "./subscription-list-source";

/** The fixed conditions for a list (or export) narrowed to one tenant; none for every tenant. */
export function subscriptionListScope(tenantId: string | null | undefined): Prisma.Sql[] {
  return tenantId ? [Prisma.sql`s.tenant_id = ${tenantId}::uuid`] : [];
}

export type TenantScope =
  | { kind: "all" }
  | { kind: "tenant"; tenant: { id: string; name: string } }
  /** The `tenant=` param names no tenant: the list shows every tenant and says why. */
  | { kind: "invalid"; problem: string };

const tenantParamSchema = z.uuid();

/**
 * Reads `tenant=<id>` from the URL. A malformed or unknown id is never a 500: it becomes a
 * sentence, and the list shows every tenant. Read with billing.view, like the list itself.
 */
export async function resolveTenantScope(options: ReadOptions & { raw: string | string[] | undefined }): Promise<TenantScope> {
  assertPermission(options.actor, "billing.view");
  const raw = Array.isArray(options.raw) ? options.raw[0] : options.raw;
  if (raw === undefined || raw === "") return { kind: "all" };
  const clipped = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  const parsed = tenantParamSchema.safeParse(raw);
  if (!parsed.success) return { kind: "invalid", problem: `"${clipped}" is not a tenant id, so every tenant's subscriptions are shown.` };
  const tenant = await resolvePrisma(options).tenant.findUnique({ where: { id: parsed.data }, select: { id: true, name: true } });
  if (!tenant) return { kind: "invalid", problem: `No tenant has the id "${clipped}", so every tenant's subscriptions are shown.` };
  return { kind: "tenant", tenant };
}

export async function listSubscriptions(options: ReadOptions & { params: ListParams; tenantId?: string | null }): Promise<ListResult<SubscriptionListRow>> {
  assertPermission(options.actor, "billing.view");
  return runListQuery(resolvePrisma(options), subscriptionListSource, options.params, { scope: subscriptionListScope(options.tenantId) });
}
