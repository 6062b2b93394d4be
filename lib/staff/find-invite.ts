import "server-only";
import { getPrisma } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { hashInviteToken } from "./staff-secrets";

export type PendingInvite = { id: string; email: string; name: string; expiresAt: Date };

export const INVITE_INVALID_SENTENCE = "This invite link has expired or has already been used. Ask an admin to send you a new one.";

/** The account a still-valid invite token belongs to, or null: unknown, used, expired or disabled all look the same. */
export async function findInvite(options: { token: string; prisma?: PrismaClient; now?: Date }): Promise<PendingInvite | null> {
  if (!options.token || options.token.length > 200) return null;
  const now = options.now ?? new Date();
  const staff = await (options.prisma ?? getPrisma()).consoleStaff.findFirst({
    where: { inviteTokenHash: hashInviteToken(options.token), inviteExpiresAt: { gt: now }, disabledAt: null },
    select: { id: true, email: true, name: true, inviteExpiresAt: true },
  });
  if (!staff?.inviteExpiresAt) return null;
  return { id: staff.id, email: staff.email, name: staff.name, expiresAt: staff.inviteExpiresAt };
}
