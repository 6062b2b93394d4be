"use client";

import { use, useEffect, useState, useTransition, type MouseEvent } from "react";
import { loadMoreAuditEventsAction } from "@/app/(console)/audit-logs/actions";
import { Badge } from "@/components/ui/badge";
import type { AuditLogRow } from "@/lib/audit-logs/query/audit-log-row";
import type { StaffSearchResult } from "@/lib/audit-logs/run-staff-search";
import { formatUtc } from "./audit-links";
import { AuditSearchProblem } from "./audit-search-problem";
import { Highlighted } from "./highlighted";

const TH = "border-b border-zinc-200 bg-zinc-50/60 px-3 py-2 text-left text-xs font-medium whitespace-nowrap text-zinc-500";
const TD = "border-b border-zinc-100 px-3 py-2 align-top text-[13px] text-zinc-700";

/** One line of details for the table; the drawer shows all of it. */
function detailsPreview(details: unknown): string {
  const text = JSON.stringify(details ?? {});
  return text === "{}" ? "" : text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/**
 * The results, newest first: the first page comes with the page; "Load more" asks for the next
 * one with the last row's keyset cursor, never an offset, so rows written meanwhile neither
 * repeat nor push others off.
 */
export function AuditResults({
  results,
  query,
  now,
  eventHref,
  onOpen,
  onLoaded,
}: {
  results: Promise<StaffSearchResult>;
  query: string;
  now: string;
  eventHref: (id: string) => string;
  onOpen: (id: string) => void;
  onLoaded: (count: number, more: boolean) => void;
}) {
  const first = use(results);
  // cursor is undefined until "Load more" has answered once; then it is that answer's cursor.
  const [more, setMore] = useState<{ rows: AuditLogRow[]; cursor?: string | null; problem: StaffSearchResult | null }>({ rows: [], problem: null });
  const [loading, startLoading] = useTransition();
  // A new search starts from its own first page.
  useEffect(() => setMore({ rows: [], problem: null }), [results]);

  const rows = first.ok ? [...first.rows, ...more.rows] : [];
  const cursor = first.ok ? (more.cursor === undefined ? first.nextCursor : more.cursor) : null;
  useEffect(() => onLoaded(rows.length, cursor !== null), [rows.length, cursor, onLoaded]);

  if (!first.ok) return <AuditSearchProblem error={first.error} />;

  function loadMore() {
    if (!cursor) return;
    startLoading(async () => {
      const result = await loadMoreAuditEventsAction({ q: query, cursor, now }).catch(() => null);
      if (result?.ok && result.data.ok) {
        const page = result.data;
        setMore((current) => ({ rows: [...current.rows, ...page.rows], cursor: page.nextCursor, problem: null }));
      } else {
        const problem: StaffSearchResult = result?.ok
          ? result.data
          : { ok: false, error: { code: "database", message: result?.error ?? "The console could not be reached. Check your connection and try again." } };
        setMore((current) => ({ ...current, problem }));
      }
    });
  }

  function open(event: MouseEvent<HTMLAnchorElement>, id: string) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(id);
  }

  if (rows.length === 0) {
    return (
      <div className="px-5 py-12 text-center">
        <p className="text-sm font-medium text-zinc-900">No events match this search</p>
        <p className="mt-1 text-[13px] text-zinc-500">Widen the time range, remove a filter, or check the spelling of a word.</p>
      </div>
    );
  }

  const terms = first.highlights;
  return (
    <div>
      <div className="overflow-x-auto">
        <table className="w-full table-fixed border-collapse text-left" aria-label="Audit events">
          <colgroup>
            <col className="w-40" />
            <col className="w-32" />
            <col className="w-52" />
            <col className="w-44" />
            <col className="w-40" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className={TH}>Time (UTC)</th>
              <th scope="col" className={TH}>Tenant</th>
              <th scope="col" className={TH}>Actor</th>
              <th scope="col" className={TH}>Action</th>
              <th scope="col" className={TH}>Resource</th>
              <th scope="col" className={TH}>Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="hover:bg-zinc-50/70">
                <td className={`${TD} whitespace-nowrap`}>
                  <a href={eventHref(row.id)} onClick={(event) => open(event, row.id)} title={`Event ${row.id}, ${row.createdAt}`} className="font-mono text-xs text-indigo-700 hover:underline">
                    {formatUtc(row.createdAt)}
                  </a>
                </td>
                <td className={`${TD} max-w-36 truncate font-mono text-xs`}>{row.tenantSlug ?? <span className="text-zinc-400">—</span>}</td>
                <td className={`${TD} max-w-60`}>
                  <span className="block truncate"><Highlighted text={row.actorEmail ?? row.actorId} terms={terms} /></span>
                  <span className="block truncate text-xs text-zinc-500">{row.actorType}{row.ipAddress ? <> · <span className="font-mono">{row.ipAddress}</span></> : null}</span>
                </td>
                <td className={`${TD} overflow-hidden whitespace-nowrap`}>
                  <Badge tone={/fail|revoke|suspend|denied|expired/.test(row.action) ? "warning" : "neutral"}>
                    <span className="font-mono"><Highlighted text={row.action} terms={terms} /></span>
                  </Badge>
                </td>
                <td className={`${TD} max-w-52 font-mono text-xs`}>
                  <span className="block truncate" title={`${row.resourceType ?? ""}${row.resourceId ? `/${row.resourceId}` : ""}`}>
                    <Highlighted text={row.resourceType} terms={terms} />
                    {row.resourceId ? <span className="text-zinc-500">/<Highlighted text={row.resourceId} terms={terms} /></span> : null}
                  </span>
                </td>
                <td className={`${TD} min-w-48 font-mono text-xs text-zinc-600`}>
                  <span className="line-clamp-2 break-all"><Highlighted text={detailsPreview(row.details)} terms={terms} /></span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex items-center justify-between gap-4 px-5 py-3">
        <p className="text-xs text-zinc-500">{rows.length.toLocaleString("en-US")} shown, newest first</p>
        {more.problem && !more.problem.ok ? <AuditSearchProblem error={more.problem.error} compact /> : null}
        {cursor ? (
          <button type="button" onClick={loadMore} disabled={loading} className="h-8 rounded-md bg-white px-3 text-[13px] font-medium text-zinc-900 shadow-xs ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50 disabled:opacity-50">
            {loading ? "Loading…" : "Load more"}
          </button>
        ) : (
          <p className="text-xs text-zinc-500">That is every match.</p>
        )}
      </div>
    </div>
  );
}
