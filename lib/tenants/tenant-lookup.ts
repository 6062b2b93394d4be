import "server-only";
import type { TransactionClient } from "../audit/run-audited";
import { DomainError, notFound } from "../domain/domain-error";
import type { Tenant } from "../generated/prisma/client";
import { tenantIdSchema } from "./tenant-schemas";

// How lib/tenants finds the one tenant a call is about.

/** A malformed id names no tenant: it is "not found", never a 500 from PostgreSQL's uuid cast. */
export function requireTenantId(raw: unknown): string {
  const parsed = tenantIdSchema.safeParse(raw);
  if (!parsed.success) throw notFound("This tenant");
  return parsed.data;
}

/** Locks the tenant row until the transaction ends, so concurrent changes queue. */
export async function lockTenant(tx: TransactionClient, tenantId: string): Promise<Tenant> {
  await tx.$queryRaw`SELECT 1 FROM tenants WHERE id = ${tenantId}::uuid FOR UPDATE`;
  const tenant = await tx.tenant.findUnique({ where: { id: tenantId } });
  if (!tenant) throw notFound("This tenant");
  return tenant;
}

/** Only the fields a person edits or reads in an audit row; settings stay out. */
export function tenantAuditFields(tenant: Pick<Tenant, "name" | "slug" | "status" | "billingEmail" | "suspendedAt" | "suspensionReason">) {
  return {
    name: tenant.name,
    slug: tenant.slug,
    status: tenant.status,
    billingEmail: tenant.billingEmail,
    suspendedAt: tenant.suspendedAt,
    suspensionReason: tenant.suspensionReason,
  };
}

export function slugTaken(): DomainError {
  return new DomainError("conflict", "That slug is taken. Choose another one.", { fieldErrors: { slug: ["That slug is taken."] } });
}
