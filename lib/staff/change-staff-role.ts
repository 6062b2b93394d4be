import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { auditActorOf, resolvePrisma } from "../domain/call-options";
import { assertStaffPermission, parseStaffInput, type StaffCallOptions } from "./staff-context";
import { StaffError } from "./staff-error";
import { assertNotLastAdmin, assertUnchangedSince, lockActiveAdmins, lockStaff } from "./staff-locks";
import { staffRowSelect, toStaffRow, type StaffRow } from "./staff-row";
import { changeStaffRoleSchema, type ChangeStaffRoleInput } from "./staff-schemas";

/** Changes a role and bumps the session version, so the person's next request sees the new role. */
export async function changeStaffRole(options: StaffCallOptions & { input: ChangeStaffRoleInput }): Promise<StaffRow> {
  const { actor, request } = options;
  assertStaffPermission(actor, "staff.manage");
  const input = parseStaffInput(changeStaffRoleSchema, options.input);
  const now = options.now ?? new Date();

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const activeAdminIds = await lockActiveAdmins(tx);
    const before = await lockStaff(tx, input.staffId);
    assertUnchangedSince(before, input.expectedUpdatedAt, now);
    if (before.role === input.role) {
      throw new StaffError("no_change", `${before.name} is already ${input.role === "admin" ? "an admin" : "support"}.`);
    }
    if (input.role !== "admin") assertNotLastAdmin(before, activeAdminIds, "demote");

    const after = await tx.consoleStaff.update({
      where: { id: before.id },
      data: { role: input.role, sessionVersion: { increment: 1 } },
      select: staffRowSelect,
    });
    record({
      action: "staff.role_change",
      resourceType: "console_staff",
      resourceId: after.id,
      details: { ...changedFields({ role: before.role }, { role: after.role }), ...(input.reason ? { reason: input.reason } : {}) },
    });
    return toStaffRow(after, now);
  });
}
