import { exportListResponse } from "@/lib/data-table/export-list-response";
import { usageRecordExportColumns } from "@/lib/usage/usage-record-export-columns";
import { usageRecordListSource, usageRecordTenantScope } from "@/lib/usage/usage-record-list-source";

export const dynamic = "force-dynamic";

// exportListResponse checks the permission before anything is read; `tenant=` narrows it as on the page.
export function GET(request: Request): Promise<Response> {
  return exportListResponse({
    request,
    permission: "billing.view",
    source: usageRecordListSource,
    columns: usageRecordExportColumns,
    tenantScope: (tenantId) => [usageRecordTenantScope(tenantId)],
  });
}
