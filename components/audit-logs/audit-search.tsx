"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Suspense, use, useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { removeTerm, setTerm } from "@/lib/audit-logs/query/edit-query";
import { parseAuditQuery } from "@/lib/audit-logs/query/parse-audit-query";
import { addTermValue, readControls, removeTermValue } from "@/lib/audit-logs/query/read-controls";
import type { AuditCountEstimate } from "@/lib/audit-logs/query/estimate-audit-count";
import type { SearchPagePromises } from "@/lib/audit-logs/run-staff-search";
import { formatCount } from "@/lib/format/format-count";
import { AuditActorFilter } from "./audit-actor-filter";
import { AuditEventDrawer } from "./audit-event-drawer";
import { AuditExportButton } from "./audit-export-button";
import { AuditFacetFilter } from "./audit-facet-filter";
import { searchHref } from "./audit-links";
import { AuditQueryBox } from "./audit-query-box";
import { AuditResults } from "./audit-results";
import { AuditTenantPicker } from "./audit-tenant-picker";
import { AuditTimeRange } from "./audit-time-range";
import { AuditVerifyButton } from "./audit-verify-dialog";

// Typing waits this long after the last key before searching; Enter and the controls search at once.
const TYPING_PAUSE_MS = 450;

type Props = SearchPagePromises & { query: string; now: string; canExport: boolean; canVerify: boolean };

/**
 * The audit search: the box holds the query text, which is the only state. The controls read it
 * and edit it; every search is a URL (?q=…, plus &event=… while an event is open), so a permalink
 * reproduces it.
 */
export function AuditSearch({ query, now, results, estimate, facets, canExport, canVerify }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [text, setText] = useState(query);
  const [pending, startTransition] = useTransition();
  const [loaded, setLoaded] = useState<{ count: number; more: boolean } | null>(null);
  const lastSent = useRef(query);
  const openEvent = searchParams.get("event");

  // Back, forward and links change the URL: the box follows.
  useEffect(() => {
    if (query !== lastSent.current) {
      lastSent.current = query;
      setText(query);
    }
  }, [query]);

  const parsed = useMemo(() => parseAuditQuery(text), [text]);
  const controls = useMemo(() => readControls(text), [text]);

  const search = useCallback(
    (next: string, how: "push" | "replace") => {
      if (!parseAuditQuery(next).ok) return;
      lastSent.current = next;
      startTransition(() => router[how](searchHref(next.trim()), { scroll: false }));
    },
    [router],
  );

  useEffect(() => {
    if (!parsed.ok || text.trim() === lastSent.current.trim()) return;
    const timer = setTimeout(() => search(text, "replace"), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, parsed.ok, search]);

  const edit = (next: string) => {
    setText(next);
    search(next, "push");
  };

  // The drawer lives in the URL too, without asking the server to search again.
  const eventHref = useCallback((id: string) => searchHref(query, { event: id }), [query]);
  const showEvent = useCallback((id: string | null) => {
    const params = new URLSearchParams(window.location.search);
    if (id) params.set("event", id);
    else params.delete("event");
    const suffix = params.toString();
    window.history.pushState(null, "", suffix ? `${pathname}?${suffix}` : pathname);
  }, [pathname]);
  const onLoaded = useCallback((count: number, more: boolean) => setLoaded({ count, more }), []);

  const timelineTenant = controls.tenant;
  const verifyRange = useMemo(() => defaultVerifyRange(now, controls.time), [now, controls.time]);
  const highlightTerms = parsed.ok ? parsed.query.terms.flatMap((t) => (t.field === "text" && !t.negated ? [t.value] : [])) : [];

  return (
    <div className="space-y-4">
      <section aria-label="Search" className="rounded-lg border border-zinc-200 bg-white px-5 py-4 shadow-xs">
        <AuditQueryBox value={text} error={parsed.ok ? null : parsed.error} pending={pending} onChange={setText} onSubmit={() => search(text, "push")} />
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <AuditTimeRange
            range={controls.time}
            onPreset={(after) => edit(setTerm(removeTerm(text, "before"), "after", after))}
            onCustom={(after, before) => {
              const withAfter = after ? setTerm(text, "after", after) : removeTerm(text, "after");
              edit(before ? setTerm(withAfter, "before", before) : removeTerm(withAfter, "before"));
            }}
            onAllTime={() => edit(removeTerm(removeTerm(text, "after"), "before"))}
          />
          <AuditTenantPicker tenant={controls.tenant} onPick={(slug) => edit(setTerm(text, "tenant", slug))} onClear={() => edit(removeTerm(text, "tenant"))} />
          <Suspense fallback={<FacetPlaceholders />}>
            <Facets facets={facets} controls={controls} onToggle={(field, value, checked) => edit(checked ? addTermValue(text, field, value) : removeTermValue(text, field, value))} />
          </Suspense>
          <AuditActorFilter user={controls.user} onSet={(value) => edit(setTerm(text, "user", value))} onClear={() => edit(removeTerm(text, "user"))} />
          {timelineTenant ? (
            <Link href={`/audit-logs/timeline/${encodeURIComponent(timelineTenant)}`} className="h-8 rounded-md px-2 text-[13px] leading-8 font-medium text-indigo-700 hover:bg-indigo-50">
              Timeline for {timelineTenant}
            </Link>
          ) : null}
        </div>
      </section>

      <section aria-label="Results" className="rounded-lg border border-zinc-200 bg-white shadow-xs">
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-zinc-100 px-5 py-3">
          <div className="flex items-baseline gap-3">
            <Suspense fallback={<p className="text-[13px] text-zinc-500">Counting…</p>}>
              <Total estimate={estimate} loaded={loaded} />
            </Suspense>
            {!parsed.ok ? <p className="text-xs text-amber-800">Showing the last search that could be read.</p> : null}
          </div>
          <div className="flex items-center gap-2">
            {canVerify ? <AuditVerifyButton defaultRange={verifyRange} /> : null}
            {canExport ? <AuditExportButton query={query} now={now} disabled={!parsed.ok} /> : null}
          </div>
        </div>
        <div className={pending || !parsed.ok ? "opacity-60 transition-opacity" : ""}>
          <Suspense fallback={<ResultsSkeleton />}>
            <AuditResults results={results} query={query} now={now} eventHref={eventHref} onOpen={showEvent} onLoaded={onLoaded} />
          </Suspense>
        </div>
      </section>

      {openEvent ? <AuditEventDrawer key={openEvent} eventId={openEvent} terms={highlightTerms} onClose={() => showEvent(null)} onOpen={showEvent} /> : null}
    </div>
  );
}

function Total({ estimate, loaded }: { estimate: Promise<AuditCountEstimate | null>; loaded: { count: number; more: boolean } | null }) {
  const value = use(estimate);
  // Once every match is on screen the count is exact; until then it is the planner's estimate.
  if (loaded && !loaded.more) {
    return <p className="text-[13px] font-medium text-zinc-900">{formatCount(loaded.count)} {loaded.count === 1 ? "event" : "events"}</p>;
  }
  const title = "The database planner's estimate: counting exactly would read every match";
  if (!value) return <p className="text-[13px] text-zinc-500">Total not estimated</p>;
  // The planner's statistics lag behind new rows; never claim fewer than are already on screen.
  if (loaded && value.count <= loaded.count) {
    return <p className="text-[13px] font-medium text-zinc-900" title={title}>More than {formatCount(loaded.count)} events</p>;
  }
  return <p className="text-[13px] font-medium text-zinc-900" title={title}>About {formatCount(value.count)} events</p>;
}

function Facets({
  facets,
  controls,
  onToggle,
}: {
  facets: SearchPagePromises["facets"];
  controls: ReturnType<typeof readControls>;
  onToggle: (field: "action" | "resource", value: string, checked: boolean) => void;
}) {
  const value = use(facets);
  const ok = value.ok ? value : null;
  return (
    <>
      <AuditFacetFilter label="Action" facet={ok?.action ?? null} selected={controls.actions} onToggle={(v, checked) => onToggle("action", v, checked)} />
      <AuditFacetFilter label="Resource" facet={ok?.resource ?? null} selected={controls.resources} onToggle={(v, checked) => onToggle("resource", v, checked)} />
    </>
  );
}

function FacetPlaceholders() {
  return (
    <>
      <span className="h-8 w-20 animate-pulse rounded-md bg-zinc-100" />
      <span className="h-8 w-24 animate-pulse rounded-md bg-zinc-100" />
    </>
  );
}

function ResultsSkeleton() {
  return (
    <div role="status" aria-label="Loading results" className="divide-y divide-zinc-100">
      {Array.from({ length: 8 }, (_, row) => (
        <div key={row} className="flex gap-4 px-5 py-3">
          <div className="h-4 w-32 animate-pulse rounded bg-zinc-100" />
          <div className="h-4 w-24 animate-pulse rounded bg-zinc-100" />
          <div className="h-4 flex-1 animate-pulse rounded bg-zinc-100" />
        </div>
      ))}
    </div>
  );
}

const PRESET_MS: Record<string, number> = { "-15m": 15 * 60_000, "-1h": 3_600_000, "-24h": 86_400_000, "-7d": 7 * 86_400_000, "-30d": 30 * 86_400_000 };

/** The verify dialog starts from the search's own range when it is a preset, else the last 24 hours. */
function defaultVerifyRange(now: string, time: ReturnType<typeof readControls>["time"]): { from: Date; to: Date } {
  const to = new Date(now);
  const span = time.kind === "preset" ? (PRESET_MS[time.after] ?? 86_400_000) : 86_400_000;
  return { from: new Date(to.getTime() - span), to };
}
