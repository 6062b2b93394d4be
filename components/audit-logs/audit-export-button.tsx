"use client";

import { useRef, useState } from "react";
import { TOOLBAR_BUTTON } from "@/components/data-table/styles";
import { Popover } from "@/components/ui/popover";
import { createRowCounter } from "@/lib/audit-logs/export/count-export-rows";
import { formatCount } from "@/lib/format/format-count";

type Format = "csv" | "ndjson";
type State =
  | { phase: "idle" }
  | { phase: "running"; format: Format; rows: number; bytes: number; estimate: number | null }
  | { phase: "done"; rows: number; bytes: number; filename: string }
  | { phase: "cancelled"; rows: number }
  | { phase: "failed"; message: string };

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

function filenameOf(response: Response, format: Format): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "");
  return match?.[1] ?? `audit-logs.${format}`;
}

/**
 * Downloads the whole result of the current search. The file is read as a stream, so the panel
 * counts rows and bytes as they arrive; Cancel aborts the request, which ends the export on the
 * server too (it is audited as not completed).
 */
export function AuditExportButton({ query, now, disabled }: { query: string; now: string; disabled: boolean }) {
  const [state, setState] = useState<State>({ phase: "idle" });
  const controller = useRef<AbortController | null>(null);

  async function start(format: Format) {
    const abort = new AbortController();
    controller.current = abort;
    const counter = createRowCounter(format);
    setState({ phase: "running", format, rows: 0, bytes: 0, estimate: null });
    try {
      const params = new URLSearchParams({ q: query, format, now });
      const response = await fetch(`/audit-logs/export?${params}`, { signal: abort.signal });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        setState({ phase: "failed", message: body?.error ?? `The export failed (HTTP ${response.status}).` });
        return;
      }
      const estimateHeader = response.headers.get("X-Estimated-Rows");
      const estimate = estimateHeader ? Number(estimateHeader) : null;
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      const chunks: Uint8Array[] = [];
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.byteLength;
        counter.push(decoder.decode(value, { stream: true }));
        setState({ phase: "running", format, rows: counter.rows(), bytes, estimate });
      }
      const filename = filenameOf(response, format);
      const url = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: response.headers.get("Content-Type") ?? "application/octet-stream" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = filename;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ phase: "done", rows: counter.rows(), bytes, filename });
    } catch (error) {
      if (abort.signal.aborted) setState({ phase: "cancelled", rows: counter.rows() });
      else setState({ phase: "failed", message: error instanceof Error && error.name === "TypeError" ? "The export stopped: the connection to the console was lost." : "The export stopped before the end." });
    } finally {
      controller.current = null;
    }
  }

  const running = state.phase === "running";
  return (
    <div className="flex items-center gap-2">
      {state.phase !== "idle" ? <ExportStatus state={state} onCancel={() => controller.current?.abort()} onDismiss={() => setState({ phase: "idle" })} /> : null}
      <Popover label="Export" align="end" triggerClassName={`${TOOLBAR_BUTTON} border-solid ${disabled || running ? "pointer-events-none opacity-50" : ""}`} trigger="Export">
        {(close) => (
          <div className="w-64">
            <p className="px-2 pt-1 pb-2 text-xs text-zinc-500">Every event this search matches, newest first. The export is recorded in the audit log.</p>
            {(["csv", "ndjson"] as const).map((format) => (
              <button
                key={format}
                type="button"
                onClick={() => {
                  close();
                  void start(format);
                }}
                className="block w-full rounded px-2 py-1.5 text-left text-[13px] text-zinc-800 hover:bg-zinc-50"
              >
                {format === "csv" ? "CSV (spreadsheets)" : "NDJSON (one JSON object per line)"}
              </button>
            ))}
          </div>
        )}
      </Popover>
    </div>
  );
}

function ExportStatus({ state, onCancel, onDismiss }: { state: Exclude<State, { phase: "idle" }>; onCancel: () => void; onDismiss: () => void }) {
  if (state.phase === "running") {
    const share = state.estimate ? Math.min(1, state.rows / Math.max(1, state.estimate)) : null;
    return (
      <div role="status" aria-label="Export progress" className="flex items-center gap-2 text-xs text-zinc-600">
        <span className="tabular-nums">
          Exporting {formatCount(state.rows)}{state.estimate ? ` of about ${formatCount(state.estimate)}` : ""} rows · {formatBytes(state.bytes)}
        </span>
        {share !== null ? (
          <span className="h-1.5 w-24 overflow-hidden rounded-full bg-zinc-200" aria-hidden="true">
            <span className="block h-full bg-indigo-500" style={{ width: `${Math.round(share * 100)}%` }} />
          </span>
        ) : null}
        <button type="button" onClick={onCancel} className="h-7 rounded-md px-2 font-medium text-red-700 ring-1 ring-red-200 hover:bg-red-50">
          Cancel
        </button>
      </div>
    );
  }
  const text =
    state.phase === "done" ? `Exported ${formatCount(state.rows)} rows (${formatBytes(state.bytes)}) to ${state.filename}.`
    : state.phase === "cancelled" ? `Export cancelled after ${formatCount(state.rows)} rows.`
    : state.message;
  return (
    <div role={state.phase === "failed" ? "alert" : "status"} aria-label="Export progress" className={`flex items-center gap-2 text-xs ${state.phase === "failed" ? "text-red-700" : "text-zinc-600"}`}>
      <span>{text}</span>
      <button type="button" onClick={onDismiss} aria-label="Dismiss" className="rounded px-1 text-zinc-400 hover:text-zinc-900">×</button>
    </div>
  );
}
