import "server-only";
import { z } from "zod";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { assertPermission, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import type { Tenant } from "../generated/prisma/client";
import { countSuspensionImpact } from "./suspension-impact";
import { tenantAuditFields } from "./tenant-lookup";
import { expectedUpdatedAtSchema } from "../domain/common-schemas";
import { requiredReasonSchema } from "./tenant-schemas";

// Suspends several tenants at once, all or nothing: one transaction, one audit row per tenant.
// If any tenant is gone, cannot be suspended, or changed since the list was loaded, nothing is.

export const MAX_BULK_SUSPEND = 100;

export const suspendTenantsSchema = z.object({
  tenants: z
    .array(
      z.object({
        tenantId: z.uuid({ error: "One of the chosen tenants does not exist." }),
        expectedUpdatedAt: expectedUpdatedAtSchema,
      }),
      { error: "Choose the tenants to suspend." },
    )
    .min(1, "Choose at least one tenant to suspend.")
    .max(MAX_BULK_SUSPEND, `Suspend at most ${MAX_BULK_SUSPEND} tenants at once.`),
  reason: requiredReasonSchema,
});
export type SuspendTenantsInput = z.input<typeof suspendTenantsSchema>;

const listed = (tenants: Tenant[]) => tenants.map((tenant) => tenant.name).join(", ");
const isAre = (tenants: unknown[]) => (tenants.length === 1 ? "is" : "are");

export async function suspendTenants(options: CallOptions & { input: SuspendTenantsInput }): Promise<Tenant[]> {
  const { actor, request } = options;
  assertPermission(actor, "tenants.manage");
  const input = parseInput(suspendTenantsSchema, options.input);
  const now = options.now ?? new Date();
  const expected = new Map<string, Date>();
  for (const tenant of input.tenants) if (!expected.has(tenant.tenantId)) expected.set(tenant.tenantId, tenant.expectedUpdatedAt);
  // Locked in id order, so two bulk suspensions over overlapping tenants queue instead of deadlocking.
  const ids = [...expected.keys()].sort();

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    await tx.$queryRaw`SELECT 1 FROM tenants WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
    const before = await tx.tenant.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    if (before.length < ids.length) {
      const missing = ids.length - before.length;
      throw new DomainError(
        "not_found",
        `${missing === 1 ? "One of the chosen tenants no longer exists" : `${missing} of the chosen tenants no longer exist`}, so nothing was suspended. Reload the list and choose again.`,
      );
    }
    const suspended = before.filter((tenant) => tenant.status === "suspended");
    if (suspended.length > 0) {
      throw new DomainError(
        "conflict",
        `${listed(suspended)} ${isAre(suspended)} already suspended, so nothing was suspended. Leave ${suspended.length === 1 ? "it" : "them"} out and try again.`,
        { current: before },
      );
    }
    const cancelled = before.filter((tenant) => tenant.status === "cancelled");
    if (cancelled.length > 0) {
      throw new DomainError(
        "conflict",
        `${listed(cancelled)} ${isAre(cancelled)} cancelled and cannot be suspended, so nothing was suspended. Leave ${cancelled.length === 1 ? "it" : "them"} out and try again.`,
        { current: before },
      );
    }
    const changed = before.filter((tenant) => tenant.updatedAt.getTime() !== expected.get(tenant.id)!.getTime());
    if (changed.length > 0) {
      throw new DomainError(
        "stale",
        `Someone else changed ${listed(changed)} after you loaded the list, so nothing was suspended. Check the current values and try again.`,
        { current: before },
      );
    }

    const after: Tenant[] = [];
    for (const tenant of before) {
      // Counted under the row lock, as a single suspension does, so the audit row says what it affected.
      const impact = await countSuspensionImpact(tx, tenant.id, now);
      const updated = await tx.tenant.update({
        where: { id: tenant.id },
        data: { status: "suspended", suspendedAt: now, suspensionReason: input.reason },
      });
      after.push(updated);
      record({
        action: "tenant.suspend",
        tenantId: updated.id,
        resourceType: "tenant",
        resourceId: updated.id,
        details: {
          ...changedFields(tenantAuditFields(tenant), tenantAuditFields(updated), ["status", "suspendedAt", "suspensionReason"]),
          reason: input.reason,
          impact,
          bulkCount: ids.length,
        },
      });
    }
    return after;
  });
}
