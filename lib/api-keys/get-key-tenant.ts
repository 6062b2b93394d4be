import "server-only";
import { z } from "zod";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";

export type KeyTenant = { id: string; name: string; slug: string; status: string };

/** The tenant a keys list is narrowed to (`?tenant=<id>`); null for a malformed or unknown id. */
export async function getKeyTenant(options: ReadOptions & { tenantId: string }): Promise<KeyTenant | null> {
  assertPermission(options.actor, "api_keys.view");
  if (!z.uuid().safeParse(options.tenantId).success) return null;
  const tenant = await resolvePrisma(options).tenant.findUnique({
    where: { id: options.tenantId },
    select: { id: true, name: true, slug: true, status: true },
  });
  return tenant ? { ...tenant, status: String(tenant.status) } : null;
}
