import "server-only";
import type pg from "pg";
import { compileAuditQuery, tenantSlugsOf } from "../query/compile-audit-query";
import { AUDIT_LOG_EXPORT_COLUMNS, toAuditLogRow, type AuditLogSqlRow } from "../query/audit-log-row";
import type { AuditQuery } from "../query/query-types";
import { resolveTenantSlugs } from "../query/search-audit-logs";
import { exportLine, exportPreamble, type AuditExportFormat } from "./audit-export-format";

// The whole result of a search, streamed through a server-side cursor in one read-only snapshot,
// newest first like the results: memory stays flat however many rows match. The stream waits for
// the reader (backpressure), so a slow download never piles rows up here. Each FETCH runs under
// its own statement timeout, so a sparse search can take longer overall but never hangs.

export type AuditExportOutcome = { rowCount: number; completed: boolean; error?: unknown };

export const EXPORT_BATCH_ROWS = 1_000;
const FETCH_TIMEOUT_MS = 60_000;

export function streamAuditExport(options: {
  client: pg.ClientBase;
  query: AuditQuery;
  now: Date;
  format: AuditExportFormat;
  onFinish: (outcome: AuditExportOutcome) => Promise<void> | void;
}): { stream: ReadableStream<Uint8Array>; ready: Promise<void> } {
  const { client, format } = options;
  const encoder = new TextEncoder();
  let rowCount = 0;
  let cancelled = false;
  let wake: (() => void) | undefined;
  const waitForReader = () => new Promise<void>((resolve) => (wake = resolve));
  let markReady!: () => void;
  let markFailed!: (error: unknown) => void;
  // Settles once the cursor is open, so the caller can still answer with an error status.
  const ready = new Promise<void>((resolve, reject) => ((markReady = resolve), (markFailed = reject)));
  ready.catch(() => undefined);

  async function open(): Promise<void> {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query(`SELECT set_config('statement_timeout', $1, true), set_config('idle_in_transaction_session_timeout', '600000', true)`, [String(FETCH_TIMEOUT_MS)]);
    const tenantIds = await resolveTenantSlugs(client, tenantSlugsOf(options.query));
    const compiled = compileAuditQuery(options.query, { now: options.now, tenantIds });
    await client.query(
      `DECLARE audit_export NO SCROLL CURSOR FOR
         SELECT ${AUDIT_LOG_EXPORT_COLUMNS} FROM audit_logs a WHERE ${compiled.where} ORDER BY a.created_at DESC, a.id DESC`,
      compiled.params,
    );
  }

  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        void (async () => {
          let failure: unknown = null;
          try {
            await open();
            markReady();
            const preamble = exportPreamble(format);
            if (preamble) controller.enqueue(encoder.encode(preamble));
            for (;;) {
              while ((controller.desiredSize ?? 1) <= 0 && !cancelled) await waitForReader();
              if (cancelled) break;
              const { rows } = await client.query<AuditLogSqlRow>(`FETCH ${EXPORT_BATCH_ROWS} FROM audit_export`);
              if (rows.length === 0) break;
              rowCount += rows.length;
              controller.enqueue(encoder.encode(rows.map((row) => exportLine(format, toAuditLogRow(row))).join("")));
            }
            await client.query("COMMIT");
          } catch (error) {
            failure = error;
            markFailed(error);
            await client.query("ROLLBACK").catch(() => undefined);
          }
          const outcome: AuditExportOutcome = { rowCount, completed: failure === null && !cancelled, ...(failure === null ? {} : { error: failure }) };
          await Promise.resolve(options.onFinish(outcome)).catch(() => undefined);
          if (cancelled) return;
          // Erroring the stream makes the browser report a failed download, never a short file.
          if (failure === null) controller.close();
          else controller.error(failure);
        })();
      },
      pull() {
        wake?.();
      },
      cancel() {
        cancelled = true;
        wake?.();
      },
    },
    { highWaterMark: 4 },
  );
  return { stream, ready };
}
