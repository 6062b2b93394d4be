import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { assertPermission, assertUnchangedSince, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import { displayNameOf, lockTenantUser, tenantUserSelect, type TenantUserRow } from "./tenant-user-row";
import { setTenantUserActiveSchema, type SetTenantUserActiveInput } from "./tenant-user-schemas";

// The shared body of disableTenantUser and enableTenantUser: turns users.is_active off or on.
export async function setTenantUserActive(options: CallOptions & { input: SetTenantUserActiveInput }, isActive: boolean): Promise<TenantUserRow> {
  const { actor, request } = options;
  assertPermission(actor, "tenants.manage");
  const input = parseInput(setTenantUserActiveSchema, options.input);

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockTenantUser(tx, input.userId);
    // Checked before staleness: a double click should hear "already disabled", not "someone else".
    if (before.isActive === isActive) {
      throw new DomainError("no_change", `${displayNameOf(before)} is already ${isActive ? "enabled" : "disabled"}.`);
    }
    assertUnchangedSince(before, input.expectedUpdatedAt, displayNameOf(before), () => before);

    const after = await tx.user.update({ where: { id: before.id }, data: { isActive }, select: tenantUserSelect });
    record({
      action: isActive ? "user.enable" : "user.disable",
      tenantId: after.tenantId,
      resourceType: "user",
      resourceId: after.id,
      details: { ...changedFields({ isActive: before.isActive }, { isActive: after.isActive }), ...(input.reason ? { reason: input.reason } : {}) },
    });
    return after;
  });
}
