import { exportAuditResponse } from "@/lib/audit-logs/export/export-audit-response";
import { requireStaffForRoute } from "@/lib/auth/route-guard";

export const dynamic = "force-dynamic";

// The permission is checked here, before anything is read; the rest is lib/audit-logs/export.
export async function GET(request: Request): Promise<Response> {
  const staff = await requireStaffForRoute("audit.export");
  if (staff instanceof Response) return staff;
  return exportAuditResponse(request, staff);
}
