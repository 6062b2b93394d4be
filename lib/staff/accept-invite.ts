import "server-only";
import type { RequestContext } from "../audit/audit-event";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { hashPassword } from "../auth/password";
import type { PrismaClient } from "../generated/prisma/client";
import { findInvite, INVITE_INVALID_SENTENCE } from "./find-invite";
import { auditActorOf, resolvePrisma } from "../domain/call-options";
import { parseStaffInput } from "./staff-context";
import { StaffError } from "./staff-error";
import { hashInviteToken } from "./staff-secrets";
import { acceptInviteSchema, type AcceptInviteInput } from "./staff-schemas";

export type AcceptInviteResult = { email: string };

/**
 * The public invite page: a valid, unexpired token lets its holder set a password (and correct
 * their name) once. The token is cleared in the same transaction, so it cannot be used twice.
 */
export async function acceptInvite(options: {
  input: AcceptInviteInput;
  request: RequestContext;
  prisma?: PrismaClient;
  now?: Date;
}): Promise<AcceptInviteResult> {
  const prisma = resolvePrisma(options);
  const now = options.now ?? new Date();
  const token = typeof options.input?.token === "string" ? options.input.token : "";
  const invite = await findInvite({ token, prisma, now });
  if (!invite) throw new StaffError("invite_invalid", INVITE_INVALID_SENTENCE);
  const input = parseStaffInput(acceptInviteSchema, options.input);
  const passwordHash = await hashPassword(input.password);

  return runAudited(prisma, { actor: auditActorOf(invite), request: options.request }, async (tx, record) => {
    // Re-checked under the row lock: a second submission of the same link waits here, then finds it used.
    await tx.$queryRaw`SELECT 1 FROM console_staff WHERE id = ${invite.id}::uuid FOR UPDATE`;
    const before = await tx.consoleStaff.findFirst({
      where: { id: invite.id, inviteTokenHash: hashInviteToken(input.token), inviteExpiresAt: { gt: now }, disabledAt: null },
      select: { name: true, passwordHash: true, inviteExpiresAt: true },
    });
    if (!before) throw new StaffError("invite_invalid", INVITE_INVALID_SENTENCE);

    const after = await tx.consoleStaff.update({
      where: { id: invite.id },
      data: {
        name: input.name ?? before.name,
        passwordHash,
        passwordChangedAt: now,
        mustChangePassword: false,
        inviteTokenHash: null,
        inviteExpiresAt: null,
      },
      select: { email: true, name: true, passwordHash: true, inviteExpiresAt: true },
    });
    const fields = (row: typeof before) => ({ name: row.name, hasPassword: row.passwordHash !== null, inviteExpiresAt: row.inviteExpiresAt });
    record({
      action: "staff.invite_accepted",
      resourceType: "console_staff",
      resourceId: invite.id,
      details: changedFields(fields(before), fields(after)),
    });
    return { email: after.email };
  });
}
