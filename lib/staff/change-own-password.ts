import "server-only";
import type { RequestContext } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import type { StaffSession } from "../auth/current-staff";
import { hashPassword, verifyPassword } from "../auth/password";
import type { PrismaClient } from "../generated/prisma/client";
import { auditActorOf, resolvePrisma } from "../domain/call-options";
import { parseStaffInput } from "./staff-context";
import { StaffError } from "./staff-error";
import { changeOwnPasswordSchema, type ChangeOwnPasswordInput } from "./staff-schemas";

/**
 * A signed-in staff member replaces their own password; after a one-time password this is the
 * only thing the console lets them do. Their session stays valid: it is the same person.
 */
export async function changeOwnPassword(options: {
  actor: StaffSession;
  request: RequestContext;
  input: ChangeOwnPasswordInput;
  prisma?: PrismaClient;
  now?: Date;
}): Promise<{ email: string }> {
  const prisma = resolvePrisma(options);
  const input = parseStaffInput(changeOwnPasswordSchema, options.input);
  const current = await prisma.consoleStaff.findUnique({ where: { id: options.actor.id }, select: { passwordHash: true } });
  if (current?.passwordHash && (await verifyPassword(input.password, current.passwordHash))) {
    throw new StaffError("invalid_input", "Choose a password different from the one you signed in with.", {
      fieldErrors: { password: ["Choose a password different from the one you signed in with."] },
    });
  }
  const passwordHash = await hashPassword(input.password);
  return runAudited(prisma, { actor: auditActorOf(options.actor), request: options.request }, async (tx, record) => {
    const before = await tx.consoleStaff.findUniqueOrThrow({ where: { id: options.actor.id }, select: { mustChangePassword: true } });
    const after = await tx.consoleStaff.update({
      where: { id: options.actor.id },
      data: { passwordHash, passwordChangedAt: options.now ?? new Date(), mustChangePassword: false },
      select: { email: true, mustChangePassword: true },
    });
    record({
      action: "staff.password_change",
      resourceType: "console_staff",
      resourceId: options.actor.id,
      details: { before: { mustChangePassword: before.mustChangePassword }, after: { mustChangePassword: after.mustChangePassword } },
    });
    return { email: after.email };
  });
}
