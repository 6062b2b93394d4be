import { exportListResponse } from "@/lib/data-table/export-list-response";
import { userExportColumns } from "@/lib/tenant-users/user-list-export-columns";
import { userListSource, userTenantScope } from "@/lib/tenant-users/user-list-source";

export const dynamic = "force-dynamic";

// exportListResponse checks the permission before anything is read; `tenant=` narrows it as on the page.
export function GET(request: Request): Promise<Response> {
  return exportListResponse({ request, permission: "tenants.view", source: userListSource, columns: userExportColumns, tenantScope: userTenantScope });
}
