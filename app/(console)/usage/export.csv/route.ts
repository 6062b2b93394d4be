import { z } from "zod";
import { requireStaffForRoute } from "@/lib/auth/route-guard";
import { exportListResponse } from "@/lib/data-table/export-list-response";
import { usageRecordExportColumns } from "@/lib/usage/usage-record-export-columns";
import { usageRecordListSource, usageRecordTenantScope } from "@/lib/usage/usage-record-list-source";

export const dynamic = "force-dynamic";

const tenantIdSchema = z.uuid();

// `tenant=<id>` narrows the file to one tenant, as on the page. The permission is checked before
// the id is judged, so nobody learns anything without it; exportListResponse checks it again.
export async function GET(request: Request): Promise<Response> {
  const staff = await requireStaffForRoute("billing.view");
  if (staff instanceof Response) return staff;
  const tenant = new URL(request.url).searchParams.get("tenant");
  if (tenant && !tenantIdSchema.safeParse(tenant).success) {
    return Response.json({ error: `"${tenant.slice(0, 40)}" is not a tenant id.` }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  return exportListResponse({
    request,
    permission: "billing.view",
    source: usageRecordListSource,
    columns: usageRecordExportColumns,
    scope: tenant ? [usageRecordTenantScope(tenant)] : [],
  });
}
