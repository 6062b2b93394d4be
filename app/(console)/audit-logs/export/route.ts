import { exportAuditResponse } from "@/lib/audit-logs/export/export-audit-response";
import { requireStaffForRoute } from "@/lib/auth/route-guard";

export const dynamic = "force-dynamic";

// Beside the page rather than under /api, like every list's export: anonymous callers are sent
// to the login page first. The permission is checked here, before anything is read.
export async function GET(request: Request): Promise<Response> {
  const staff = await requireStaffForRoute("audit.export");
  if (staff instanceof Response) return staff;
  return exportAuditResponse(request, staff);
}
