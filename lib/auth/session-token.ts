import type { PrismaClient } from "../generated/prisma/client";
import type { AuthorizedStaff } from "./authorize-credentials";
import { isStaffRole, type StaffRole } from "./permissions";

// What a session cookie says (inside next-auth's encrypted JWT), and the check that decides, on
// every request, whether it still stands. next-auth JWTs cannot be revoked, so the account is
// re-read each time: a disabled account, a bumped session_version or a changed role takes effect
// on the very next request.

export type SessionClaims = {
  sub: string;
  email: string;
  name: string;
  role: StaffRole;
  /** The account's session_version at sign-in. */
  sv: number;
  /** Sign-in time, in seconds since the epoch: the absolute lifetime counts from here. */
  authAt: number;
};

export type SessionLifetime = { maxAgeSeconds: number; idleSeconds: number };

export type VerifiedSession = {
  staff: { id: string; email: string; name: string; role: StaffRole; mustChangePassword: boolean };
  claims: SessionClaims;
};

export function claimsForStaff(staff: AuthorizedStaff, now: Date): SessionClaims {
  return {
    sub: staff.id,
    email: staff.email,
    name: staff.name,
    role: staff.role,
    sv: staff.sessionVersion,
    authAt: Math.floor(now.getTime() / 1000),
  };
}

/** The claims in a decoded token, or null when any of them is missing or malformed. */
export function parseSessionClaims(token: unknown): SessionClaims | null {
  if (!token || typeof token !== "object") return null;
  const t = token as Record<string, unknown>;
  if (typeof t.sub !== "string" || typeof t.email !== "string" || typeof t.name !== "string") return null;
  if (!isStaffRole(t.role) || !Number.isInteger(t.sv) || !Number.isInteger(t.authAt)) return null;
  return { sub: t.sub, email: t.email, name: t.name, role: t.role, sv: t.sv as number, authAt: t.authAt as number };
}

export function sessionEndsAt(claims: SessionClaims, lifetime: SessionLifetime): Date {
  return new Date((claims.authAt + lifetime.maxAgeSeconds) * 1000);
}

/**
 * The staff member behind these claims, read from the database now; null when the session must
 * end (past its absolute lifetime, account gone or disabled, session_version bumped). Database
 * errors are thrown, never mistaken for "signed out".
 */
export async function verifySessionClaims(
  prisma: PrismaClient,
  claims: SessionClaims,
  lifetime: SessionLifetime,
  now: Date = new Date(),
): Promise<VerifiedSession | null> {
  if (now >= sessionEndsAt(claims, lifetime)) return null;
  if (!/^[0-9a-f-]{36}$/i.test(claims.sub)) return null;
  const staff = await prisma.consoleStaff.findUnique({
    where: { id: claims.sub },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!staff || staff.disabledAt || staff.sessionVersion !== claims.sv) return null;
  // The database is the truth for role, name and email: a lowered role applies at once.
  return {
    staff: { id: staff.id, email: staff.email, name: staff.name, role: staff.role, mustChangePassword: staff.mustChangePassword },
    claims: { ...claims, email: staff.email, name: staff.name, role: staff.role },
  };
}
