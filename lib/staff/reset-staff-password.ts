import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { issueCredential, type OneTimeSecret } from "./issue-credential";
import { auditActorOf, resolvePrisma } from "../domain/call-options";
import { assertStaffPermission, parseStaffInput, type StaffCallOptions } from "./staff-context";
import { assertUnchangedSince, lockStaff } from "./staff-locks";
import { staffRowSelect, toStaffRow, type StaffRow } from "./staff-row";
import { resetStaffPasswordSchema, type ResetStaffPasswordInput } from "./staff-schemas";

export type ResetStaffPasswordResult = { staff: StaffRow; secret: OneTimeSecret };

/**
 * Replaces the password with a new one-time password or a fresh invite link. Either way the old
 * password and any earlier invite stop working, and the session version is bumped so that the
 * person's open sessions end.
 */
export async function resetStaffPassword(
  options: StaffCallOptions & { input: ResetStaffPasswordInput; origin: string },
): Promise<ResetStaffPasswordResult> {
  const { actor, request } = options;
  assertStaffPermission(actor, "staff.manage");
  const input = parseStaffInput(resetStaffPasswordSchema, options.input);
  const now = options.now ?? new Date();
  const credential = await issueCredential({ kind: input.credential, password: input.password, origin: options.origin, now });

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockStaff(tx, input.staffId);
    assertUnchangedSince(before, input.expectedUpdatedAt, now);

    const after = await tx.consoleStaff.update({
      where: { id: before.id },
      data: { ...credential.data, sessionVersion: { increment: 1 } },
      select: staffRowSelect,
    });
    const fields = (row: typeof before) => ({
      hasPassword: row.passwordHash !== null,
      mustChangePassword: row.mustChangePassword,
      inviteExpiresAt: row.inviteExpiresAt,
    });
    record({
      action: "staff.password_reset",
      resourceType: "console_staff",
      resourceId: after.id,
      details: { ...changedFields(fields(before), fields(after)), credential: credential.secret.kind },
    });
    return { staff: toStaffRow(after, now), secret: credential.secret };
  });
}
