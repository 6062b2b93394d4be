import "server-only";
import { z } from "zod";
import { writeAuditEvent } from "../audit/run-audited";
import type { Permission } from "../auth/permissions";
import { getRequestContext } from "../auth/request-context";
import { requireStaffForRoute } from "../auth/route-guard";
import { getPrisma } from "../db";
import { env } from "../env";
import { auditActorOf } from "../domain/call-options";
import { describeDatabaseError } from "../errors/describe-database-error";
import type { Prisma } from "../generated/prisma/client";
import { tryAcquireExportSlot } from "./export-slots";
import { parseListParams, serializeListParams } from "./list-params";
import type { ListSource } from "./list-source";
import { streamListCsv, type ExportColumn } from "./stream-list-csv";

/**
 * The body of every list's `export.csv` route: the caller's permission, the same URL params as
 * the page (so the file holds exactly what the filters show), a slot from the export ration, and
 * a streamed CSV; audit rows say who exported what before it starts and how many rows when it ends.
 */
export async function exportListResponse<Row>(options: {
  request: Request;
  permission: Permission;
  source: ListSource<Row>;
  columns: ExportColumn<Row>[];
  /** For lists that `tenant=<uuid>` narrows to one tenant, as their page does. */
  tenantScope?: (tenantId: string) => Prisma.Sql[];
}): Promise<Response> {
  const staff = await requireStaffForRoute(options.permission);
  if (staff instanceof Response) return staff;
  const { spec } = options.source;
  const searchParams = new URL(options.request.url).searchParams;
  const { params, problems } = parseListParams(spec, searchParams);
  if (problems.length > 0) return plainError(400, problems.join(" "));
  const tenantId = options.tenantScope ? searchParams.get("tenant") || null : null;
  // A malformed tenant is refused rather than widened to every tenant's rows.
  if (tenantId !== null && !z.uuid().safeParse(tenantId).success) return plainError(400, "The tenant in this address is not a tenant id.");
  const scope = tenantId !== null && options.tenantScope ? options.tenantScope(tenantId) : [];

  const slot = tryAcquireExportSlot(staff.id, env().poolMax);
  if ("refused" in slot) return plainError(429, slot.refused);

  const prisma = getPrisma();
  const context = { actor: auditActorOf(staff), request: await getRequestContext() };
  const query = serializeListParams(spec, { ...params, page: 1, hidden: null }).toString();
  const what = { list: spec.id, query, ...(tenantId ? { tenant: tenantId } : {}) };
  const startedAt = Date.now();
  // Recorded before the first byte leaves: an export that cannot be audited does not start, and
  // one cut short by a crash is still on record.
  try {
    await writeAuditEvent(prisma, context, { action: "export.csv_start", resourceType: spec.id, tenantId, details: what });
  } catch (error) {
    slot.release();
    return plainError(503, describeDatabaseError(error).sentence);
  }
  const { stream, ready } = streamListCsv({
    prisma,
    source: options.source,
    params,
    scope,
    columns: options.columns,
    onFinish: async ({ rowCount, completed, error }) => {
      slot.release();
      if (error) console.error(`[export] ${spec.id} export failed after ${rowCount} rows:`, error);
      await writeAuditEvent(prisma, context, {
        action: "export.csv",
        resourceType: spec.id,
        tenantId,
        details: { ...what, rowCount, completed, durationMs: Date.now() - startedAt },
      }).catch((auditError: unknown) => console.error("[export] the export's audit row could not be written:", auditError));
    },
  });
  try {
    await ready;
  } catch (error) {
    slot.release();
    return plainError(503, describeDatabaseError(error).sentence);
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${spec.id}-${day}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function plainError(status: number, sentence: string): Response {
  return Response.json({ error: sentence }, { status, headers: { "Cache-Control": "no-store" } });
}
