import "server-only";
import { z } from "zod";
import type { Permission } from "../auth/permissions";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import { firstParam } from "./first-param";
import type { SearchParamsInput } from "./list-params";

// Lists that can be narrowed to one tenant (`?tenant=<uuid>`, as the tenant page links them). The
// value is checked like every other URL param: a bad one becomes a sentence and the list shows
// every tenant's rows, never an error page.

export const tenantScopeParamSchema = z.uuid();

export type ScopedTenant = { id: string; name: string; slug: string };

export type TenantScope = {
  /** The tenant the list is narrowed to, or null for every tenant. */
  tenant: ScopedTenant | null;
  problem: string | null;
};

/** Read with the list's own permission, so whoever may see the list may see whose it is. */
export async function resolveTenantScope(
  options: ReadOptions & { searchParams: SearchParamsInput; noun: string; permission: Permission },
): Promise<TenantScope> {
  assertPermission(options.actor, options.permission);
  const raw = firstParam(options.searchParams, "tenant");
  if (raw === undefined || raw === "") return { tenant: null, problem: null };
  const parsed = tenantScopeParamSchema.safeParse(raw);
  if (!parsed.success) {
    return { tenant: null, problem: `"${clip(raw)}" is not a tenant id, so ${options.noun} of every tenant are shown.` };
  }
  const tenant = await resolvePrisma(options).tenant.findUnique({ where: { id: parsed.data }, select: { id: true, name: true, slug: true } });
  if (!tenant) return { tenant: null, problem: `No tenant has the id ${parsed.data}, so ${options.noun} of every tenant are shown.` };
  return { tenant, problem: null };
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
