import "server-only";
import { getPrisma } from "../db";
import { getCurrentStaff, type StaffSession } from "./current-staff";
import { can, type Permission } from "./permissions";
import { recordDenial } from "./record-denial";
import { getRequestContext, getRequestPath } from "./request-context";

export const NOT_SIGNED_IN_SENTENCE = "Sign in to use this.";
export const FORBIDDEN_SENTENCE = "Your role does not allow this.";

function jsonError(status: 401 | 403, error: string): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * For route handlers: the signed-in staff member who holds `permission`, or the response to send
 * instead (401 or 403 JSON with a sentence; a 403 is written to the audit trail).
 *
 *   const staff = await requireStaffForRoute("audit.export");
 *   if (staff instanceof Response) return staff;
 */
export async function requireStaffForRoute(permission: Permission): Promise<StaffSession | Response> {
  const staff = await getCurrentStaff();
  if (!staff) return jsonError(401, NOT_SIGNED_IN_SENTENCE);
  if (!can(staff.role, permission)) {
    await recordDenial(getPrisma(), { staff, permission, path: await getRequestPath(), request: await getRequestContext() });
    return jsonError(403, FORBIDDEN_SENTENCE);
  }
  return staff;
}
