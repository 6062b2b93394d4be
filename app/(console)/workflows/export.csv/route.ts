import { exportListResponse } from "@/lib/data-table/export-list-response";
import { workflowExportColumns } from "@/lib/workspaces/workflow-export-columns";
import { workflowListSource, workflowTenantScope } from "@/lib/workspaces/workflow-list-source";

export const dynamic = "force-dynamic";

// exportListResponse checks the permission before anything is read; `tenant=` narrows it as on the page.
export function GET(request: Request): Promise<Response> {
  return exportListResponse({ request, permission: "tenants.view", source: workflowListSource, columns: workflowExportColumns, tenantScope: workflowTenantScope });
}
