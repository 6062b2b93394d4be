import { exportListResponse } from "@/lib/data-table/export-list-response";
import { tenantExportColumns } from "@/lib/tenants/tenant-export-columns";
import { tenantListSource } from "@/lib/tenants/tenant-list-source";

export const dynamic = "force-dynamic";

// exportListResponse checks the permission itself (requireStaffForRoute) before anything is read.
export function GET(request: Request): Promise<Response> {
  return exportListResponse({ request, permission: "tenants.view", source: tenantListSource, columns: tenantExportColumns });
}
