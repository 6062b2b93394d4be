import "server-only";
import { requireStaffForRoute } from "../auth/route-guard";
import { exportListResponse } from "../data-table/export-list-response";
import type { ListSource } from "../data-table/list-source";
import type { ExportColumn } from "../data-table/stream-list-csv";
import type { Prisma } from "../generated/prisma/client";
import { readTenantParam, tenantScopeParamSchema } from "./tenant-scope";

/**
 * exportListResponse for a list that can be narrowed to one tenant: the file holds what the
 * page shows, `?tenant=` included. The caller's permission is checked before the param is read.
 */
export async function exportTenantScopedList<Row>(options: {
  request: Request;
  source: ListSource<Row>;
  columns: ExportColumn<Row>[];
  tenantScope: (tenantId: string) => Prisma.Sql[];
}): Promise<Response> {
  const staff = await requireStaffForRoute("tenants.view");
  if (staff instanceof Response) return staff;
  const raw = readTenantParam(new URL(options.request.url).searchParams);
  let scope: Prisma.Sql[] | undefined;
  if (raw) {
    const parsed = tenantScopeParamSchema.safeParse(raw);
    if (!parsed.success) return Response.json({ error: "The tenant in this link is not a tenant id." }, { status: 400, headers: { "Cache-Control": "no-store" } });
    scope = options.tenantScope(parsed.data);
  }
  return exportListResponse({ request: options.request, permission: "tenants.view", source: options.source, columns: options.columns, scope });
}
