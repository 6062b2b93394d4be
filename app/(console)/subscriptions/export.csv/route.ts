import { z } from "zod";
import { requireStaffForRoute } from "@/lib/auth/route-guard";
import { exportListResponse } from "@/lib/data-table/export-list-response";
import { subscriptionListScope } from "@/lib/subscriptions/list-subscriptions";
import { subscriptionExportColumns } from "@/lib/subscriptions/subscription-export-columns";
import { subscriptionListSource } from "@/lib/subscriptions/subscription-list-source";

export const dynamic = "force-dynamic";

// exportListResponse checks the permission itself before anything is read. A `tenant=` that is
// not a tenant id is refused (after the same check) rather than widened to every tenant.
export async function GET(request: Request): Promise<Response> {
  const tenant = new URL(request.url).searchParams.get("tenant");
  if (tenant !== null && !z.uuid().safeParse(tenant).success) {
    const staff = await requireStaffForRoute("billing.view");
    if (staff instanceof Response) return staff;
    return Response.json({ error: "The tenant in this address is not a tenant id." }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  return exportListResponse({
    request,
    permission: "billing.view",
    source: subscriptionListSource,
    columns: subscriptionExportColumns,
    scope: subscriptionListScope(tenant),
  });
}
