import { z } from "zod";
import type { AuditActor, RequestContext } from "../audit/audit-event";
import { runAudited, writeAuditEvent } from "../audit/run-audited";
import type { PrismaClient } from "../generated/prisma/client";
import { checkPasswordPolicy, verifyAgainstDummy, verifyPassword } from "./password";
import type { StaffRole } from "./permissions";
import { findLockout, markAttemptSucceeded, recordSignInAttempt, type ThrottleSettings } from "./throttle";

// The whole credentials check, without next-auth, so it can be tested against a real database.
// Every answer but success looks the same to the caller, and costs one scrypt verification,
// whether the account exists, is disabled, has no password yet, or the password is wrong.

export type AuthorizedStaff = { id: string; email: string; name: string; role: StaffRole; sessionVersion: number };

export type AuthorizeOutcome =
  | { ok: true; staff: AuthorizedStaff }
  | { ok: false; reason: "invalid_credentials" }
  | { ok: false; reason: "too_many_attempts"; retryAfterMinutes: number };

type FailureReason = "invalid_input" | "unknown_account" | "no_password" | "disabled" | "wrong_password";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  password: z.string().refine((value) => checkPasswordPolicy(value) === null),
});

function typedEmail(input: unknown): string {
  const email = (input as { email?: unknown } | null)?.email;
  return typeof email === "string" ? email.trim().toLowerCase().slice(0, 320) : "";
}

export async function authorizeCredentials(options: {
  prisma: PrismaClient;
  input: unknown;
  request: RequestContext;
  throttle: ThrottleSettings;
}): Promise<AuthorizeOutcome> {
  const { prisma, request, throttle } = options;
  const email = typedEmail(options.input);
  const anonymous: AuditActor = { type: "anonymous", email: email || undefined };
  const context = { actor: anonymous, request };

  const attemptId = await recordSignInAttempt(prisma, { email, ipAddress: request.ipAddress });
  const lockout = await findLockout(prisma, { email, ipAddress: request.ipAddress, attemptId }, throttle);
  if (lockout) {
    await writeAuditEvent(prisma, context, {
      action: "auth.locked_out",
      details: { scope: lockout.scope, failures: lockout.failures, windowMinutes: throttle.windowMinutes, retryAfterMinutes: lockout.retryAfterMinutes },
    });
    return { ok: false, reason: "too_many_attempts", retryAfterMinutes: lockout.retryAfterMinutes };
  }

  const fail = async (reason: FailureReason, staffId?: string): Promise<AuthorizeOutcome> => {
    await writeAuditEvent(prisma, context, {
      action: "auth.sign_in_failed",
      resourceType: staffId ? "console_staff" : null,
      resourceId: staffId ?? null,
      details: { reason },
    });
    return { ok: false, reason: "invalid_credentials" };
  };

  // A password outside the policy can never match, so the account is not even looked up.
  const parsed = credentialsSchema.safeParse(options.input);
  if (!parsed.success) return fail("invalid_input");
  const { password } = parsed.data;

  const staff = await prisma.consoleStaff.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, passwordHash: true, disabledAt: true },
  });
  if (!staff) {
    await verifyAgainstDummy(password);
    return fail("unknown_account");
  }
  if (!staff.passwordHash) {
    await verifyAgainstDummy(password);
    return fail("no_password", staff.id);
  }
  const matches = await verifyPassword(password, staff.passwordHash);
  if (staff.disabledAt) return fail("disabled", staff.id);
  if (!matches) return fail("wrong_password", staff.id);

  const actor: AuditActor = { type: "staff", id: staff.id, email: staff.email };
  await runAudited(prisma, { actor, request }, async (tx, record) => {
    await markAttemptSucceeded(tx, attemptId);
    // Raw SQL leaves updated_at alone: a sign-in is not an edit of the account.
    await tx.$executeRaw`UPDATE console_staff SET last_login_at = now() WHERE id = ${staff.id}::uuid`;
    record({ action: "auth.sign_in", resourceType: "console_staff", resourceId: staff.id });
  });
  return {
    ok: true,
    staff: { id: staff.id, email: staff.email, name: staff.name, role: staff.role, sessionVersion: staff.sessionVersion },
  };
}
