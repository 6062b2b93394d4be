import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import { notFound } from "../domain/domain-error";
import { countSuspensionImpact, describeSuspensionImpact, type SuspensionImpact } from "./suspension-impact";
import { requireTenantId } from "./tenant-lookup";

export type SuspensionPreview = SuspensionImpact & {
  tenant: { id: string; name: string; status: string; updatedAt: Date };
  sentences: string[];
};

/** What suspending this tenant would affect, for the confirmation dialog. Changes nothing. */
export async function previewSuspension(options: ReadOptions & { tenantId: string }): Promise<SuspensionPreview> {
  assertPermission(options.actor, "tenants.view");
  const tenantId = requireTenantId(options.tenantId);
  const prisma = resolvePrisma(options);
  const tenant = await prisma.tenant.findUnique({ where: { id: tenantId }, select: { id: true, name: true, status: true, updatedAt: true } });
  if (!tenant) throw notFound("This tenant");
  const impact = await countSuspensionImpact(prisma, tenantId, options.now ?? new Date());
  return { tenant, ...impact, sentences: describeSuspensionImpact(tenant.name, impact) };
}
