import { agentExportColumns } from "@/lib/workspaces/agent-export-columns";
import { agentListSource, agentTenantScope } from "@/lib/workspaces/agent-list-source";
import { exportTenantScopedList } from "@/lib/workspaces/scoped-list-export";

export const dynamic = "force-dynamic";

// exportTenantScopedList checks "tenants.view" itself before anything is read.
export function GET(request: Request): Promise<Response> {
  return exportTenantScopedList({ request, source: agentListSource, columns: agentExportColumns, tenantScope: agentTenantScope });
}
