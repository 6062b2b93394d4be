import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { assertPermission, assertUnchangedSince, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import type { Tenant } from "../generated/prisma/client";
import { countSuspensionImpact } from "./suspension-impact";
import { lockTenant, tenantAuditFields } from "./tenant-lookup";
import { suspendTenantSchema, type SuspendTenantInput } from "./tenant-schemas";

/** Suspends a trial or active tenant; the audit row keeps what the suspension affected at that moment. */
export async function suspendTenant(options: CallOptions & { input: SuspendTenantInput }): Promise<Tenant> {
  const { actor, request } = options;
  assertPermission(actor, "tenants.manage");
  const input = parseInput(suspendTenantSchema, options.input);
  const now = options.now ?? new Date();

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockTenant(tx, input.tenantId);
    // Checked before staleness: a double click should hear "already suspended", not "someone else".
    if (before.status === "suspended") throw new DomainError("no_change", `${before.name} is already suspended.`);
    if (before.status === "cancelled") {
      throw new DomainError("conflict", `${before.name} is cancelled, so it cannot be suspended.`);
    }
    assertUnchangedSince(before, input.expectedUpdatedAt, before.name, () => before);

    const impact = await countSuspensionImpact(tx, before.id, now);
    const after = await tx.tenant.update({
      where: { id: before.id },
      data: { status: "suspended", suspendedAt: now, suspensionReason: input.reason },
    });
    record({
      action: "tenant.suspend",
      tenantId: after.id,
      resourceType: "tenant",
      resourceId: after.id,
      details: {
        ...changedFields(tenantAuditFields(before), tenantAuditFields(after), ["status", "suspendedAt", "suspensionReason"]),
        reason: input.reason,
        impact,
      },
    });
    return after;
  });
}
