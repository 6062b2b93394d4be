import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { DateStack } from "@/components/ui/date-stack";
import type { LatestAuditEvent } from "@/lib/overview/get-latest-audit-events";

/** The newest audit events; each opens audit search on that event's resource or actor. */
export function LatestAuditCard({ events }: { events: LatestAuditEvent[] }) {
  return (
    <Card>
      <CardHeader
        title="Latest audit events"
        action={<Link href="/audit-logs" className="text-[13px] font-medium text-indigo-600 hover:text-indigo-500">Search audit logs →</Link>}
      />
      {events.length === 0 ? (
        <p className="px-5 py-6 text-[13px] text-zinc-500">Nothing has been recorded yet.</p>
      ) : (
        <ul className="divide-y divide-zinc-100">
          {events.map((event) => (
            <li key={event.id} className="flex items-start justify-between gap-4 px-5 py-2.5 text-[13px]">
              <div className="min-w-0">
                <Link href={`/audit-logs?q=${encodeURIComponent(`action:${event.action}`)}`} className="font-mono text-xs font-medium text-zinc-900 hover:text-indigo-700 hover:underline">
                  {event.action}
                </Link>
                <p className="truncate text-xs text-zinc-500">
                  {event.actorEmail ?? event.actorType}
                  {event.resourceType ? ` · ${event.resourceType}${event.resourceId ? `/${event.resourceId.slice(0, 8)}` : ""}` : ""}
                </p>
              </div>
              <div className="shrink-0 text-right text-xs">
                <DateStack value={event.createdAt} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
