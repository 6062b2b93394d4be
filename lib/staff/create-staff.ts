import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { issueCredential, type OneTimeSecret } from "./issue-credential";
import { auditActorOf, resolvePrisma } from "../domain/call-options";
import { isUniqueViolation } from "../domain/is-unique-violation";
import { assertStaffPermission, parseStaffInput, type StaffCallOptions } from "./staff-context";
import { StaffError } from "./staff-error";
import { staffRowSelect, toStaffRow, type StaffRow } from "./staff-row";
import { createStaffSchema, type CreateStaffInput } from "./staff-schemas";

export type CreateStaffResult = { staff: StaffRow; secret: OneTimeSecret };

function emailTaken(): StaffError {
  return new StaffError("email_taken", "A staff account with this email already exists.", {
    fieldErrors: { email: ["A staff account with this email already exists."] },
  });
}

/**
 * Creates a staff account with either a one-time password (typed by the admin, or generated) that
 * must be changed at first sign-in, or an invite link valid for 24 hours. The secret is returned
 * once, for the admin to pass on; it is never stored or audited in plain text.
 */
export async function createStaff(
  options: StaffCallOptions & { input: CreateStaffInput; origin: string },
): Promise<CreateStaffResult> {
  const { actor, request } = options;
  assertStaffPermission(actor, "staff.manage");
  const input = parseStaffInput(createStaffSchema, options.input);
  const now = options.now ?? new Date();
  const credential = await issueCredential({ kind: input.credential, password: input.password, origin: options.origin, now });

  try {
    return await runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
      const existing = await tx.consoleStaff.findFirst({
        where: { email: { equals: input.email, mode: "insensitive" } },
        select: { id: true },
      });
      if (existing) throw emailTaken();
      const created = await tx.consoleStaff.create({
        data: { email: input.email, name: input.name, role: input.role, createdByStaffId: actor.id, ...credential.data },
        select: staffRowSelect,
      });
      // Before creation every field was absent: null, so only the fields that got a value are listed.
      const after = {
        email: created.email,
        name: created.name,
        role: created.role,
        mustChangePassword: created.mustChangePassword,
        inviteExpiresAt: created.inviteExpiresAt,
      };
      record({
        action: input.credential === "invite" ? "staff.invite" : "staff.create",
        resourceType: "console_staff",
        resourceId: created.id,
        details: { ...changedFields(Object.fromEntries(Object.keys(after).map((key) => [key, null])), after), credential: credential.secret.kind },
      });
      return { staff: toStaffRow(created, now), secret: credential.secret };
    });
  } catch (error) {
    // Two admins adding the same address at once: the unique index decides.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
