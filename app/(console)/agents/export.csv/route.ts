import { exportListResponse } from "@/lib/data-table/export-list-response";
import { agentExportColumns } from "@/lib/workspaces/agent-export-columns";
import { agentListSource, agentTenantScope } from "@/lib/workspaces/agent-list-source";

export const dynamic = "force-dynamic";

// exportListResponse checks the permission before anything is read; `tenant=` narrows it as on the page.
export function GET(request: Request): Promise<Response> {
  return exportListResponse({ request, permission: "tenants.view", source: agentListSource, columns: agentExportColumns, tenantScope: agentTenantScope });
}
