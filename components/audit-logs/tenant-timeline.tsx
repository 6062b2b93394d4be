import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { TenantTimeline, TimelineEntry } from "@/lib/audit-logs/timeline/list-tenant-timeline";
import { TIMELINE_LIMIT } from "@/lib/audit-logs/timeline/list-tenant-timeline";
import { formatCount } from "@/lib/format/format-count";

const KIND_LABEL = { audit: "Audit", execution: "Execution", usage_spike: "Usage spike" } as const;
const EXECUTION_TONE: Record<string, "success" | "danger" | "warning" | "neutral"> = { completed: "success", failed: "danger", timeout: "danger", cancelled: "warning" };

const plural = (count: number, noun: string) => `${formatCount(count)} ${noun}${count === 1 ? "" : "s"}`;

function groupByDay(entries: TimelineEntry[]): Array<[string, TimelineEntry[]]> {
  const days = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    const day = entry.at.slice(0, 10);
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  return [...days];
}

/** The merged timeline, one list per UTC day. */
export function TenantTimelineList({ timeline }: { timeline: TenantTimeline }) {
  const { counts, capped } = timeline;
  return (
    <section aria-label="Timeline" className="rounded-lg border border-zinc-200 bg-white shadow-xs">
      <div className="flex flex-wrap gap-x-6 gap-y-1 border-b border-zinc-100 px-5 py-3 text-[13px] text-zinc-600">
        <span>{capped.includes("audit") ? `More than ${TIMELINE_LIMIT} audit events` : plural(counts.audit, "audit event")}</span>
        <span>{capped.includes("executions") ? `More than ${TIMELINE_LIMIT} executions` : plural(counts.executions, "execution")}</span>
        <span>{plural(counts.spikes, "usage spike")}</span>
        <span className="text-zinc-400">{timeline.from.slice(0, 16).replace("T", " ")} → {timeline.to.slice(0, 16).replace("T", " ")} UTC</span>
      </div>
      {timeline.shownFrom ? (
        <p className="border-b border-zinc-100 bg-amber-50/60 px-5 py-2 text-xs text-amber-900">
          Busy period: complete from {timeline.shownFrom.slice(0, 16).replace("T", " ")} UTC on. Pick a shorter period, or search the audit trail, for earlier entries.
        </p>
      ) : null}
      {timeline.entries.length === 0 ? (
        <p className="px-5 py-12 text-center text-[13px] text-zinc-500">Nothing happened for this tenant in this period.</p>
      ) : (
        groupByDay(timeline.entries).map(([day, entries]) => (
          <div key={day}>
            <h2 className="sticky top-0 border-b border-zinc-100 bg-zinc-50/90 px-5 py-1.5 text-xs font-semibold text-zinc-600">{day}</h2>
            <ol className="divide-y divide-zinc-100">
              {entries.map((entry) => (
                <li key={`${entry.kind}-${"id" in entry ? entry.id : `${entry.metric}-${entry.at}`}`} className="flex items-baseline gap-3 px-5 py-2">
                  <span className="w-16 shrink-0 font-mono text-xs text-zinc-500">{entry.at.slice(11, 19)}</span>
                  <span className="w-28 shrink-0">
                    <Badge tone={entry.kind === "audit" ? "info" : entry.kind === "usage_spike" ? "warning" : (EXECUTION_TONE[entry.status] ?? "neutral")}>{KIND_LABEL[entry.kind]}</Badge>
                  </span>
                  <EntryText entry={entry} slug={timeline.tenant.slug} />
                </li>
              ))}
            </ol>
          </div>
        ))
      )}
    </section>
  );
}

function EntryText({ entry, slug }: { entry: TimelineEntry; slug: string }) {
  if (entry.kind === "audit") {
    const href = `/audit-logs?${new URLSearchParams({ q: `tenant:${slug}`, event: entry.id })}`;
    return (
      <span className="min-w-0 text-[13px] text-zinc-700">
        <Link href={href} className="font-mono text-xs font-medium text-indigo-700 hover:underline">{entry.action}</Link>
        <span className="text-zinc-500"> by {entry.actorEmail ?? entry.actorType}{entry.resourceType ? ` on ${entry.resourceType}${entry.resourceId ? `/${entry.resourceId}` : ""}` : ""}</span>
      </span>
    );
  }
  if (entry.kind === "execution") {
    return (
      <span className="min-w-0 text-[13px] text-zinc-700">
        <Link href={`/executions/${entry.id}`} className="font-medium text-indigo-700 hover:underline">{entry.executionType} execution {entry.status}</Link>
        {entry.durationMs !== null ? <span className="text-zinc-500"> in {(entry.durationMs / 1000).toFixed(1)} s</span> : null}
        {entry.errorMessage ? <span className="block truncate text-xs text-red-700">{entry.errorMessage}</span> : null}
      </span>
    );
  }
  return (
    <span className="text-[13px] text-zinc-700">
      {entry.metric} reached {formatCount(entry.quantity)} that day, {entry.ratio}× the median of the 14 days before ({formatCount(Math.round(entry.baseline))}).
    </span>
  );
}
