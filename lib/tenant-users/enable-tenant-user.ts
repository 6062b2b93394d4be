import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { assertPermission, assertUnchangedSince, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import { displayNameOf, lockTenantUser, tenantUserSelect, type TenantUserRow } from "./tenant-user-row";
import { enableTenantUserSchema, type EnableTenantUserInput } from "./tenant-user-schemas";

/** Turns a disabled tenant user's account back on (users.is_active). */
export async function enableTenantUser(options: CallOptions & { input: EnableTenantUserInput }): Promise<TenantUserRow> {
  const { actor, request } = options;
  assertPermission(actor, "tenants.manage");
  const input = parseInput(enableTenantUserSchema, options.input);

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockTenantUser(tx, input.userId);
    // Checked before staleness: a double click should hear "already enabled", not "someone else".
    if (before.isActive) throw new DomainError("no_change", `${displayNameOf(before)} is already enabled.`);
    assertUnchangedSince(before, input.expectedUpdatedAt, displayNameOf(before), () => before);

    const after = await tx.user.update({ where: { id: before.id }, data: { isActive: true }, select: tenantUserSelect });
    record({
      action: "user.enable",
      tenantId: after.tenantId,
      resourceType: "user",
      resourceId: after.id,
      details: { ...changedFields({ isActive: before.isActive }, { isActive: after.isActive }), ...(input.reason ? { reason: input.reason } : {}) },
    });
    return after;
  });
}
