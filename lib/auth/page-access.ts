import "server-only";
import { readDatabase, type DatabaseRead } from "../errors/read-database";
import { requireStaff, type StaffSession } from "./current-staff";
import type { Permission } from "./permissions";

/**
 * requireStaff for a page that shows a database outage itself: when the session cannot be checked
 * because the database is down, the page gets the problem to render instead of its data.
 * Redirects and 403s happen exactly as with requireStaff.
 */
export function checkPageAccess(permission: Permission): Promise<DatabaseRead<StaffSession>> {
  return readDatabase(() => requireStaff(permission));
}
