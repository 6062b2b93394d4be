import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { findCurrentSubscription } from "../billing/current-subscription";
import { assertPermission, assertUnchangedSince, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import type { Tenant } from "../generated/prisma/client";
import { lockTenant, tenantAuditFields } from "./tenant-lookup";
import { reactivateTenantSchema, type ReactivateTenantInput } from "./tenant-schemas";

/** Lifts a suspension: back to trial while the current subscription is trialing, else active. */
export async function reactivateTenant(options: CallOptions & { input: ReactivateTenantInput }): Promise<Tenant> {
  const { actor, request } = options;
  assertPermission(actor, "tenants.manage");
  const input = parseInput(reactivateTenantSchema, options.input);

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockTenant(tx, input.tenantId);
    if (before.status === "cancelled") {
      throw new DomainError("conflict", `${before.name} is cancelled, so it cannot be reactivated.`);
    }
    if (before.status !== "suspended") throw new DomainError("no_change", `${before.name} is not suspended.`);
    assertUnchangedSince(before, input.expectedUpdatedAt, before.name, () => before);

    const subscription = await findCurrentSubscription(tx, before.id);
    const after = await tx.tenant.update({
      where: { id: before.id },
      data: { status: subscription?.status === "trialing" ? "trial" : "active", suspendedAt: null, suspensionReason: null },
    });
    record({
      action: "tenant.reactivate",
      tenantId: after.id,
      resourceType: "tenant",
      resourceId: after.id,
      details: {
        ...changedFields(tenantAuditFields(before), tenantAuditFields(after), ["status", "suspendedAt", "suspensionReason"]),
        reason: input.reason,
      },
    });
    return after;
  });
}
