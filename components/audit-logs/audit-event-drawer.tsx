"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { getAuditEventAction } from "@/app/(console)/audit-logs/actions";
import type { AuditEventDetail } from "@/lib/audit-logs/get-audit-event";
import type { AuditLogRow } from "@/lib/audit-logs/query/audit-log-row";
import { actorHref, actorQuery, formatUtc, resourceHref, searchHref, tenantHref } from "./audit-links";
import { Highlighted } from "./highlighted";

type Loaded = { id: string; detail: AuditEventDetail } | { id: string; problem: string };

const LINK = "font-medium text-indigo-700 hover:underline";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-3 py-1.5">
      <dt className="text-xs font-medium text-zinc-500">{label}</dt>
      <dd className="min-w-0 text-[13px] break-words text-zinc-800">{children}</dd>
    </div>
  );
}

/**
 * One event beside the results: every column, the details JSON pretty-printed as text (React
 * escapes it; it is never parsed as HTML), links to the tenant, actor and resource, and the events
 * of the same tenant within five minutes either side.
 */
export function AuditEventDrawer({ eventId, terms, onClose, onOpen }: { eventId: string; terms: string[]; onClose: () => void; onOpen: (id: string) => void }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    let current = true;
    getAuditEventAction({ id: eventId }).then(
      (result) => current && setLoaded(result.ok ? { id: eventId, detail: result.data } : { id: eventId, problem: result.error }),
      () => current && setLoaded({ id: eventId, problem: "The console could not be reached. Check your connection and try again." }),
    );
    return () => {
      current = false;
    };
  }, [eventId]);

  useEffect(() => {
    panel.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && onClose();
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);

  const ready = loaded?.id === eventId ? loaded : null;
  return (
    <aside
      ref={panel}
      tabIndex={-1}
      role="dialog"
      aria-labelledby="audit-event-title"
      className="fixed inset-y-0 right-0 z-40 flex w-full max-w-xl flex-col border-l border-zinc-200 bg-white shadow-2xl focus:outline-hidden"
    >
      <div className="flex items-start justify-between gap-4 border-b border-zinc-100 px-5 py-4">
        <div className="min-w-0">
          <p className="text-xs text-zinc-500">Audit event {eventId}</p>
          <h2 id="audit-event-title" className="mt-0.5 truncate font-mono text-sm font-semibold text-zinc-900">
            {ready && "detail" in ready ? ready.detail.event.action : "Loading…"}
          </h2>
        </div>
        <button type="button" onClick={onClose} className="rounded-md px-2 py-1 text-[13px] text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900">
          Close
        </button>
      </div>
      <div className="flex-1 overflow-y-auto px-5 py-4">
        {!ready ? <p role="status" className="text-[13px] text-zinc-500">Loading the event…</p> : null}
        {ready && "problem" in ready ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-[13px] text-red-800 ring-1 ring-red-200">{ready.problem}</p> : null}
        {ready && "detail" in ready ? <EventBody detail={ready.detail} terms={terms} onOpen={onOpen} /> : null}
      </div>
    </aside>
  );
}

function EventBody({ detail, terms, onOpen }: { detail: AuditEventDetail; terms: string[]; onOpen: (id: string) => void }) {
  const { event, around } = detail;
  const tenantLink = tenantHref(event);
  const actorLink = actorHref(event);
  const actorSearch = actorQuery(event);
  const resourceLink = resourceHref(event);
  const aroundQuery = `${event.tenantId ? `tenant:${event.tenantId} ` : ""}after:${around.from} before:${around.to}`;
  return (
    <>
      <dl className="divide-y divide-zinc-100">
        <Field label="Time (UTC)"><span className="font-mono text-xs">{event.createdAt}</span></Field>
        <Field label="Tenant">
          {event.tenantId ? (
            <span className="flex flex-wrap gap-x-3 gap-y-1">
              <span className="font-mono text-xs">{event.tenantSlug ?? event.tenantId}</span>
              {tenantLink ? <Link href={tenantLink} className={LINK}>Tenant page</Link> : null}
              <Link href={searchHref(`tenant:${event.tenantSlug ?? event.tenantId}`)} className={LINK}>Its audit trail</Link>
              <Link href={`/audit-logs/timeline/${event.tenantId}`} className={LINK}>Timeline</Link>
            </span>
          ) : (
            <span className="text-zinc-400">None (a console or system event)</span>
          )}
        </Field>
        <Field label="Actor">
          <span className="flex flex-wrap gap-x-3 gap-y-1">
            <span><Highlighted text={event.actorEmail ?? event.actorId} terms={terms} /> <span className="text-xs text-zinc-500">({event.actorType})</span></span>
            {actorLink ? <Link href={actorLink} className={LINK}>{event.actorType === "api_key" ? "API key" : "User"}</Link> : null}
            {actorSearch ? <Link href={searchHref(actorSearch)} className={LINK}>Their audit trail</Link> : null}
          </span>
        </Field>
        <Field label="Resource">
          {event.resourceType ? (
            <span className="flex flex-wrap gap-x-3 gap-y-1">
              <span className="font-mono text-xs">{event.resourceType}{event.resourceId ? `/${event.resourceId}` : ""}</span>
              {resourceLink ? <Link href={resourceLink} className={LINK}>Open</Link> : null}
              <Link href={searchHref(`resource:${event.resourceType}${event.resourceId ? `/${event.resourceId}` : ""}`)} className={LINK}>Its audit trail</Link>
            </span>
          ) : (
            <span className="text-zinc-400">—</span>
          )}
        </Field>
        <Field label="IP address"><span className="font-mono text-xs">{event.ipAddress ?? "—"}</span></Field>
        <Field label="User agent"><span className="text-xs">{event.userAgent ?? "—"}</span></Field>
      </dl>
      <h3 className="mt-5 text-xs font-semibold tracking-wide text-zinc-500 uppercase">Details</h3>
      <pre data-testid="audit-event-details" className="mt-2 max-h-96 overflow-auto rounded-md bg-zinc-950 p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap break-all text-zinc-100">
        {JSON.stringify(event.details, null, 2)}
      </pre>
      <div className="mt-6 flex items-baseline justify-between">
        <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">Events around this one</h3>
        <Link href={searchHref(aroundQuery)} className={`${LINK} text-xs`}>Open as a search</Link>
      </div>
      <p className="mt-1 text-xs text-zinc-500">The same tenant, five minutes either side.</p>
      <ol className="mt-2 divide-y divide-zinc-100 rounded-md ring-1 ring-zinc-200" aria-label="Events around this one">
        {[...around.after].reverse().map((row) => <AroundRow key={row.id} row={row} onOpen={onOpen} />)}
        <AroundRow row={event} onOpen={onOpen} current />
        {around.before.map((row) => <AroundRow key={row.id} row={row} onOpen={onOpen} />)}
      </ol>
    </>
  );
}

function AroundRow({ row, onOpen, current = false }: { row: AuditLogRow; onOpen: (id: string) => void; current?: boolean }) {
  return (
    <li className={current ? "bg-indigo-50/70" : ""}>
      <button type="button" disabled={current} onClick={() => onOpen(row.id)} aria-current={current ? "true" : undefined} className="flex w-full items-baseline gap-3 px-3 py-1.5 text-left enabled:hover:bg-zinc-50">
        <span className="font-mono text-xs text-zinc-500">{formatUtc(row.createdAt).slice(11)}</span>
        <span className="truncate font-mono text-xs text-zinc-900">{row.action}</span>
        <span className="ml-auto truncate text-xs text-zinc-500">{row.actorEmail ?? row.actorId ?? row.actorType}</span>
      </button>
    </li>
  );
}
