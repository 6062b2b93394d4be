import { userExportColumns } from "@/lib/tenant-users/user-list-export-columns";
import { userListSource, userTenantScope } from "@/lib/tenant-users/user-list-source";
import { exportTenantScopedList } from "@/lib/workspaces/scoped-list-export";

export const dynamic = "force-dynamic";

// exportTenantScopedList checks "tenants.view" itself before anything is read.
export function GET(request: Request): Promise<Response> {
  return exportTenantScopedList({ request, source: userListSource, columns: userExportColumns, tenantScope: userTenantScope });
}
