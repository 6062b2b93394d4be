import { z } from "zod";
import { apiKeyExportColumns } from "@/lib/api-keys/api-key-export-columns";
import { apiKeyListScope, apiKeyListSource } from "@/lib/api-keys/api-key-list-source";
import { requireStaffForRoute } from "@/lib/auth/route-guard";
import { exportListResponse } from "@/lib/data-table/export-list-response";

export const dynamic = "force-dynamic";

const tenantParamSchema = z.uuid().nullable();

// The list never selects key hashes, so no export can hold one.
export async function GET(request: Request): Promise<Response> {
  // Permission first, so a bad address tells nothing to someone who may not export at all.
  const staff = await requireStaffForRoute("api_keys.view");
  if (staff instanceof Response) return staff;
  const tenant = tenantParamSchema.safeParse(new URL(request.url).searchParams.get("tenant"));
  if (!tenant.success) {
    return Response.json({ error: "The tenant in the address is not a tenant id." }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  return exportListResponse({
    request,
    permission: "api_keys.view",
    source: apiKeyListSource,
    columns: apiKeyExportColumns,
    scope: apiKeyListScope(tenant.data),
  });
}
