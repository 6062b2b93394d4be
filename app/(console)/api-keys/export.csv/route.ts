import { apiKeyExportColumns } from "@/lib/api-keys/api-key-export-columns";
import { apiKeyListScope, apiKeyListSource } from "@/lib/api-keys/api-key-list-source";
import { exportListResponse } from "@/lib/data-table/export-list-response";

export const dynamic = "force-dynamic";

// The list never selects key hashes, so no export can hold one. exportListResponse checks the
// permission before anything is read; `tenant=` narrows it as on the page.
export function GET(request: Request): Promise<Response> {
  return exportListResponse({ request, permission: "api_keys.view", source: apiKeyListSource, columns: apiKeyExportColumns, tenantScope: apiKeyListScope });
}
