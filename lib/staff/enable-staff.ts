import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { auditActorOf, resolvePrisma } from "../domain/call-options";
import { assertStaffPermission, parseStaffInput, type StaffCallOptions } from "./staff-context";
import { StaffError } from "./staff-error";
import { assertUnchangedSince, lockStaff } from "./staff-locks";
import { staffRowSelect, toStaffRow, type StaffRow } from "./staff-row";
import { enableStaffSchema, type EnableStaffInput } from "./staff-schemas";

/** Re-enables a disabled account. Its old sessions stay ended: disabling bumped the session version. */
export async function enableStaff(options: StaffCallOptions & { input: EnableStaffInput }): Promise<StaffRow> {
  const { actor, request } = options;
  assertStaffPermission(actor, "staff.manage");
  const input = parseStaffInput(enableStaffSchema, options.input);
  const now = options.now ?? new Date();

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockStaff(tx, input.staffId);
    assertUnchangedSince(before, input.expectedUpdatedAt, now);
    if (!before.disabledAt) throw new StaffError("no_change", `${before.name}'s account is already enabled.`);

    const after = await tx.consoleStaff.update({ where: { id: before.id }, data: { disabledAt: null }, select: staffRowSelect });
    record({
      action: "staff.enable",
      resourceType: "console_staff",
      resourceId: after.id,
      details: changedFields({ disabledAt: before.disabledAt }, { disabledAt: after.disabledAt }),
    });
    return toStaffRow(after, now);
  });
}
