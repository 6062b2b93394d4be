import { projectExportColumns } from "@/lib/workspaces/project-export-columns";
import { projectListSource, projectTenantScope } from "@/lib/workspaces/project-list-source";
import { exportTenantScopedList } from "@/lib/workspaces/scoped-list-export";

export const dynamic = "force-dynamic";

// exportTenantScopedList checks "tenants.view" itself before anything is read.
export function GET(request: Request): Promise<Response> {
  return exportTenantScopedList({ request, source: projectListSource, columns: projectExportColumns, tenantScope: projectTenantScope });
}
