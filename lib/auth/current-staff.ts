import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getPrisma } from "../db";
import { getAuthSettings } from "./auth-settings";
import { recordDenial } from "./record-denial";
import { getRequestContext, getRequestPath } from "./request-context";
import { loginPathFor } from "./safe-callback-url";
import { decodeSessionToken, readSessionCookie } from "./session-cookie";
import { verifySessionClaims } from "./session-token";
import { can, type Permission, type StaffRole } from "./permissions";

export type StaffSession = {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  /** Signed in with a one-time password: the console sends them to /change-password first. */
  mustChangePassword?: boolean;
};

/**
 * The signed-in staff member, checked against the database on this request: null when nobody is
 * signed in, or the session has expired, been ended, or belongs to a disabled account. Database
 * errors are thrown (a page shows them), never taken for "signed out". Cached per request.
 */
export const getCurrentStaff = cache(async (): Promise<StaffSession | null> => {
  // Cookies first: while `next build` prerenders, this bails out before any setting is needed.
  const requestCookies = (await cookies()).getAll();
  const settings = getAuthSettings();
  const token = readSessionCookie(requestCookies, settings.secureCookies);
  if (!token) return null;
  const claims = await decodeSessionToken(token, settings.secret);
  if (!claims) return null;
  const verified = await verifySessionClaims(getPrisma(), claims, settings.lifetime);
  return verified?.staff ?? null;
});

/**
 * For pages and layouts: the signed-in staff member who holds `permission`. Anyone else never gets
 * past this call: anonymous visitors go to the login page (and come back afterwards), and staff
 * without the permission get the 403 page, with the denial written to the audit trail.
 */
export async function requireStaff(permission: Permission): Promise<StaffSession> {
  const staff = await getCurrentStaff();
  if (!staff) redirect(loginPathFor(await getRequestPath()));
  if (!can(staff.role, permission)) {
    await recordDenial(getPrisma(), { staff, permission, path: await getRequestPath(), request: await getRequestContext() });
    forbidden();
  }
  return staff;
}
