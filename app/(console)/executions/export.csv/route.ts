import { exportListResponse } from "@/lib/data-table/export-list-response";
import { executionExportColumns } from "@/lib/executions/execution-export-columns";
import { executionListSource, executionTenantScope } from "@/lib/executions/execution-list-source";

export const dynamic = "force-dynamic";

// exportListResponse checks the permission before anything is read; `tenant=` narrows it as on the page.
export function GET(request: Request): Promise<Response> {
  return exportListResponse({ request, permission: "tenants.view", source: executionListSource, columns: executionExportColumns, tenantScope: executionTenantScope });
}
