import { exportListResponse } from "@/lib/data-table/export-list-response";
import { projectExportColumns } from "@/lib/workspaces/project-export-columns";
import { projectListSource, projectTenantScope } from "@/lib/workspaces/project-list-source";

export const dynamic = "force-dynamic";

// exportListResponse checks the permission before anything is read; `tenant=` narrows it as on the page.
export function GET(request: Request): Promise<Response> {
  return exportListResponse({ request, permission: "tenants.view", source: projectListSource, columns: projectExportColumns, tenantScope: projectTenantScope });
}
