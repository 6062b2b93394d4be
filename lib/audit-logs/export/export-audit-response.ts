import "server-only";
import { z } from "zod";
import { writeAuditEvent } from "../../audit/run-audited";
import type { StaffSession } from "../../auth/current-staff";
import { getRequestContext } from "../../auth/request-context";
import { getPrisma } from "../../db";
import { auditActorOf } from "../../domain/call-options";
import { describeDatabaseError } from "../../errors/describe-database-error";
import { estimateAuditSearch } from "../estimate-audit-search";
import { parseAuditQuery } from "../query/parse-audit-query";
import { MAX_QUERY_LENGTH } from "../query/query-types";
import { getAuditSearchPool } from "../search-pool";
import { BUSY_SENTENCE, tryAcquireSearchSlot } from "../search-slots";
import { AUDIT_EXPORT_CONTENT_TYPES } from "./audit-export-format";
import { streamAuditExport } from "./stream-audit-export";

// GET /audit-logs/export?q=…&format=csv|ndjson&now=…: the whole result of the search the
// page shows (`now` pins its relative times to the moment the page ran it), streamed, and audited
// when the stream ends with who exported, the query and how many rows went out.

const exportParamsSchema = z.object({
  q: z.string().max(MAX_QUERY_LENGTH, `The search is too long: keep it under ${MAX_QUERY_LENGTH.toLocaleString("en-US")} characters.`).default(""),
  format: z.enum(["csv", "ndjson"], { error: "format must be csv or ndjson." }).default("csv"),
  now: z.iso.datetime({ offset: true, error: "now must be an ISO date-time, such as 2026-11-28T14:00:00Z." }).optional(),
});

function plainError(status: number, sentence: string): Response {
  return Response.json({ error: sentence }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function exportAuditResponse(request: Request, staff: StaffSession): Promise<Response> {
  const url = new URL(request.url);
  const parsedParams = exportParamsSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsedParams.success) return plainError(400, parsedParams.error.issues[0]!.message);
  const { q, format } = parsedParams.data;
  const now = parsedParams.data.now ? new Date(parsedParams.data.now) : new Date();
  const parsed = parseAuditQuery(q);
  if (!parsed.ok) return plainError(400, parsed.error.message);

  const release = tryAcquireSearchSlot(staff.id);
  if (!release) return plainError(429, BUSY_SENTENCE);
  const prisma = getPrisma();
  const context = { actor: auditActorOf(staff), request: await getRequestContext() };
  const startedAt = Date.now();
  let client;
  try {
    client = await getAuditSearchPool().connect();
  } catch (error) {
    release();
    return plainError(503, describeDatabaseError(error).sentence);
  }
  const estimate = await estimateAuditSearch(client, { query: q, now }).catch(() => null);
  const pooled = client;
  const { stream, ready } = streamAuditExport({
    client: pooled,
    query: parsed.query,
    now,
    format,
    onFinish: async ({ rowCount, completed, error }) => {
      pooled.release(error !== undefined);
      release();
      if (error) console.error(`[audit-export] failed after ${rowCount} rows:`, error);
      await writeAuditEvent(prisma, context, {
        action: "audit.export",
        resourceType: "audit_log",
        details: { query: q, format, now: now.toISOString(), rowCount, completed, durationMs: Date.now() - startedAt },
      }).catch((auditError: unknown) => console.error("[audit-export] the export's audit row could not be written:", auditError));
    },
  });
  try {
    await ready;
  } catch (error) {
    return plainError(503, describeDatabaseError(error).sentence);
  }
  const day = now.toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": AUDIT_EXPORT_CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="audit-logs-${day}.${format}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      ...(estimate ? { "X-Estimated-Rows": String(estimate.count) } : {}),
    },
  });
}
