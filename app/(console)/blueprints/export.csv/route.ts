import { blueprintExportColumns } from "@/lib/blueprints/blueprint-export-columns";
import { blueprintListSource } from "@/lib/blueprints/blueprint-list-source";
import { exportListResponse } from "@/lib/data-table/export-list-response";

export const dynamic = "force-dynamic";

// exportListResponse checks the permission itself (requireStaffForRoute) before anything is read.
export function GET(request: Request): Promise<Response> {
  return exportListResponse({ request, permission: "blueprints.view", source: blueprintListSource, columns: blueprintExportColumns });
}
