import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import { notFound } from "../domain/domain-error";
import { requireTenantId } from "./tenant-lookup";

/**
 * One primary-key lookup, for the tenant page to answer a real 404 before it streams its
 * skeleton (after that the status is sent). Malformed and unknown ids look the same.
 */
export async function assertTenantExists(options: ReadOptions & { tenantId: string }): Promise<void> {
  assertPermission(options.actor, "tenants.view");
  const tenantId = requireTenantId(options.tenantId);
  const tenant = await resolvePrisma(options).tenant.findUnique({ where: { id: tenantId }, select: { id: true } });
  if (!tenant) throw notFound("This tenant");
}
