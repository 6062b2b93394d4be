import { exportListResponse } from "@/lib/data-table/export-list-response";
import { subscriptionListScope } from "@/lib/subscriptions/list-subscriptions";
import { subscriptionExportColumns } from "@/lib/subscriptions/subscription-export-columns";
import { subscriptionListSource } from "@/lib/subscriptions/subscription-list-source";

export const dynamic = "force-dynamic";

// exportListResponse checks the permission before anything is read; `tenant=` narrows it as on the page.
export function GET(request: Request): Promise<Response> {
  return exportListResponse({ request, permission: "billing.view", source: subscriptionListSource, columns: subscriptionExportColumns, tenantScope: subscriptionListScope });
}
