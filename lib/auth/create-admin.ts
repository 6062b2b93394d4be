import { z } from "zod";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import type { PrismaClient } from "../generated/prisma/client";
import { checkPasswordPolicy, hashPassword } from "./password";

// `npm run create-admin`: the way in when there is no admin yet, and the way back in when every
// admin is locked out. It makes the account an enabled admin with the given password, creating it
// if needed, and audits that as the system.

export class CreateAdminError extends Error {
  override name = "CreateAdminError";
}

const emailSchema = z.string().trim().toLowerCase().max(320).pipe(z.email());

export type CreateAdminOutcome = { action: "created" | "promoted" | "updated"; id: string; email: string; name: string };

export function parseAdminEmail(value: string | undefined): string {
  const parsed = emailSchema.safeParse(value ?? "");
  if (!parsed.success) throw new CreateAdminError("Give the admin's email address: npm run create-admin -- --email name@example.com");
  return parsed.data;
}

function defaultName(email: string): string {
  const local = email.split("@")[0] ?? email;
  return local.replace(/[._-]+/g, " ").replace(/\b\w/g, (letter) => letter.toUpperCase()).trim() || email;
}

export async function createOrPromoteAdmin(
  prisma: PrismaClient,
  options: { email: string; name?: string; password: string },
): Promise<CreateAdminOutcome> {
  const email = parseAdminEmail(options.email);
  const problem = checkPasswordPolicy(options.password);
  if (problem) throw new CreateAdminError(`That password cannot be used. ${problem}`);
  const name = options.name?.trim().slice(0, 200) || undefined;
  const passwordHash = await hashPassword(options.password);
  const request = { ipAddress: null, userAgent: "npm run create-admin" };

  return runAudited(prisma, { actor: { type: "system" }, request }, async (tx, record) => {
    const existing = await tx.consoleStaff.findUnique({ where: { email }, select: { id: true, name: true, role: true, disabledAt: true } });
    if (!existing) {
      const created = await tx.consoleStaff.create({
        data: { email, name: name ?? defaultName(email), role: "admin", passwordHash, passwordChangedAt: new Date() },
        select: { id: true, name: true },
      });
      record({ action: "staff.create", resourceType: "console_staff", resourceId: created.id, details: { role: "admin", via: "create-admin" } });
      return { action: "created", id: created.id, email, name: created.name };
    }
    // A new password ends every session of this account, as any password reset does.
    const updated = await tx.consoleStaff.update({
      where: { id: existing.id },
      data: {
        role: "admin",
        disabledAt: null,
        name: name ?? existing.name,
        passwordHash,
        passwordChangedAt: new Date(),
        mustChangePassword: false,
        inviteTokenHash: null,
        inviteExpiresAt: null,
        sessionVersion: { increment: 1 },
      },
      select: { id: true, name: true, role: true, disabledAt: true },
    });
    const diff = changedFields(
      { role: existing.role, disabled: existing.disabledAt !== null, name: existing.name },
      { role: updated.role, disabled: updated.disabledAt !== null, name: updated.name },
    );
    const promoted = existing.role !== "admin" || existing.disabledAt !== null;
    record({
      action: promoted ? "staff.promote" : "staff.password_reset",
      resourceType: "console_staff",
      resourceId: existing.id,
      details: { ...diff, passwordReset: true, via: "create-admin" },
    });
    return { action: promoted ? "promoted" : "updated", id: existing.id, email, name: updated.name };
  });
}
