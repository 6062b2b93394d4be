import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { auditActorOf, resolvePrisma } from "../domain/call-options";
import { assertStaffPermission, parseStaffInput, type StaffCallOptions } from "./staff-context";
import { StaffError } from "./staff-error";
import { assertNotLastAdmin, assertUnchangedSince, lockActiveAdmins, lockStaff } from "./staff-locks";
import { staffRowSelect, toStaffRow, type StaffRow } from "./staff-row";
import { disableStaffSchema, type DisableStaffInput } from "./staff-schemas";

/** Disables an account and bumps its session version, so the person is signed out on their next request. */
export async function disableStaff(options: StaffCallOptions & { input: DisableStaffInput }): Promise<StaffRow> {
  const { actor, request } = options;
  assertStaffPermission(actor, "staff.manage");
  const input = parseStaffInput(disableStaffSchema, options.input);
  if (input.staffId === actor.id) {
    throw new StaffError("self_disable", "You cannot disable your own account. Ask another admin to do it.");
  }
  const now = options.now ?? new Date();

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const activeAdminIds = await lockActiveAdmins(tx);
    const before = await lockStaff(tx, input.staffId);
    assertUnchangedSince(before, input.expectedUpdatedAt, now);
    if (before.disabledAt) throw new StaffError("no_change", `${before.name}'s account is already disabled.`);
    assertNotLastAdmin(before, activeAdminIds, "disable");

    const after = await tx.consoleStaff.update({
      where: { id: before.id },
      data: { disabledAt: now, sessionVersion: { increment: 1 } },
      select: staffRowSelect,
    });
    record({
      action: "staff.disable",
      resourceType: "console_staff",
      resourceId: after.id,
      details: {
        ...changedFields({ disabledAt: before.disabledAt }, { disabledAt: after.disabledAt }),
        ...(input.reason ? { reason: input.reason } : {}),
      },
    });
    return toStaffRow(after, now);
  });
}
