import Link from "next/link";
import type { ReactNode } from "react";
import { DateStack } from "@/components/ui/date-stack";
import type { ApiKeyEvent } from "@/lib/api-keys/list-api-key-events";
import { humanize } from "@/lib/data-table/list-spec";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";

// The key's audit events, newest first, each with what changed in a line or two.

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
// Said elsewhere on the row (the prefix) or of no use to a reader (the form's retry token).
const HIDDEN = new Set(["before", "after", "keyPrefix", "key_prefix", "idempotencyKey"]);
const KEY_LINKS: Record<string, string> = { replacedByKeyId: "Replaced by", rotatedFromKeyId: "Replaces" };

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  if (typeof value === "string" && ISO.test(value)) return formatUtcDateTime(value);
  if (Array.isArray(value)) return value.map(show).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function label(field: string): string {
  return humanize(field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase());
}

function detailLines(details: Record<string, unknown>): ReactNode[] {
  const lines: ReactNode[] = [];
  const before = (details.before ?? {}) as Record<string, unknown>;
  const after = (details.after ?? {}) as Record<string, unknown>;
  for (const field of Object.keys(after)) {
    lines.push(
      <>
        {label(field)}: <span className="text-zinc-500">{show(before[field])}</span> → {show(after[field])}
      </>,
    );
  }
  for (const [field, value] of Object.entries(details)) {
    if (HIDDEN.has(field) || field.endsWith("KeyPrefix")) continue;
    const linked = KEY_LINKS[field];
    if (linked && typeof value === "string") {
      const prefix = details[field.replace(/Id$/, "Prefix")];
      lines.push(
        <>
          {linked}{" "}
          <Link href={`/api-keys/${value}`} className="font-mono text-xs text-indigo-700 hover:underline">
            {typeof prefix === "string" ? prefix : "another key"}
          </Link>
        </>,
      );
      continue;
    }
    lines.push(<>{label(field)}: {show(value)}</>);
  }
  return lines;
}

export function ApiKeyEvents({ events }: { events: ApiKeyEvent[] }) {
  if (events.length === 0) return <p className="px-5 py-6 text-[13px] text-zinc-500">No audit events for this key yet. Keys made by the platform before the console existed have none.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-[13px]">
        <thead>
          <tr>
            {["When", "Event", "By", "What changed"].map((heading) => (
              <th key={heading} scope="col" className="border-b border-zinc-200 bg-zinc-50/60 px-5 py-2 text-xs font-medium whitespace-nowrap text-zinc-500">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="align-top">
              <td className="border-b border-zinc-100 px-5 py-2.5 text-zinc-700"><DateStack value={event.createdAt} /></td>
              <td className="border-b border-zinc-100 px-5 py-2.5 font-mono text-xs whitespace-nowrap text-zinc-900">{event.action}</td>
              <td className="border-b border-zinc-100 px-5 py-2.5 text-zinc-700">
                <span className="block">{event.actorEmail ?? humanize(event.actorType)}</span>
                {event.ipAddress ? <span className="block text-xs text-zinc-500">{event.ipAddress}</span> : null}
              </td>
              <td className="border-b border-zinc-100 px-5 py-2.5 text-zinc-700">
                <ul className="space-y-0.5">
                  {detailLines(event.details).map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
