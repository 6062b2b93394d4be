import { executionExportColumns } from "@/lib/executions/execution-export-columns";
import { executionListSource, executionTenantScope } from "@/lib/executions/execution-list-source";
import { exportTenantScopedList } from "@/lib/workspaces/scoped-list-export";

export const dynamic = "force-dynamic";

// exportTenantScopedList checks "tenants.view" itself before anything is read.
export function GET(request: Request): Promise<Response> {
  return exportTenantScopedList({ request, source: executionListSource, columns: executionExportColumns, tenantScope: executionTenantScope });
}
