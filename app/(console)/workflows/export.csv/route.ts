import { workflowExportColumns } from "@/lib/workspaces/workflow-export-columns";
import { workflowListSource, workflowTenantScope } from "@/lib/workspaces/workflow-list-source";
import { exportTenantScopedList } from "@/lib/workspaces/scoped-list-export";

export const dynamic = "force-dynamic";

// exportTenantScopedList checks "tenants.view" itself before anything is read.
export function GET(request: Request): Promise<Response> {
  return exportTenantScopedList({ request, source: workflowListSource, columns: workflowExportColumns, tenantScope: workflowTenantScope });
}
