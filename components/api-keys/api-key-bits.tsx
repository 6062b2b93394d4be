import type { ApiKeyCreator } from "@/lib/api-keys/api-key-row";
import { formatUtcDate } from "@/lib/format/format-utc-date";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";

// Small pieces the list and the detail page share.

const CHIP = "inline-block rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-[11px] leading-4 text-zinc-700 ring-1 ring-zinc-200 ring-inset";

/** A key's scopes as chips; past `max`, the rest collapse into "+3 more" (listed on hover). */
export function ScopeChips({ scopes, max }: { scopes: string[]; max?: number }) {
  if (scopes.length === 0) return <span className="text-zinc-400">No scopes</span>;
  const shown = max === undefined ? scopes : scopes.slice(0, max);
  const rest = scopes.slice(shown.length);
  return (
    <span className="flex flex-wrap items-center gap-1">
      {shown.map((scope) => (
        <span key={scope} className={CHIP}>{scope}</span>
      ))}
      {rest.length > 0 ? (
        <span className="text-xs whitespace-nowrap text-zinc-500" title={rest.join(", ")}>
          +{rest.length} more<span className="sr-only">: {rest.join(", ")}</span>
        </span>
      ) : null}
    </span>
  );
}

/** Who made the key: a staff member in the console, or a tenant's user in the product. */
export function CreatorName({ creator, inline = false }: { creator: ApiKeyCreator | null; inline?: boolean }) {
  if (!creator) return <span className="text-zinc-400">Unknown</span>;
  const kind = creator.kind === "staff" ? "console staff" : "tenant user";
  if (inline) {
    return (
      <span>
        {creator.name ?? creator.email} <span className="text-zinc-500">({creator.name ? `${creator.email}, ` : ""}{kind})</span>
      </span>
    );
  }
  return (
    <span title={creator.email}>
      <span className="block whitespace-nowrap">{creator.name ?? creator.email}</span>
      <span className="block text-xs text-zinc-500 first-letter:uppercase">{kind}</span>
    </span>
  );
}

/** "Nov 29, 2026", with the full UTC time and the caller's IP on hover. */
export function LastUsed({ at, ip }: { at: Date | null; ip: string | null }) {
  if (!at) return <span className="text-zinc-400">Never</span>;
  const date = new Date(at);
  return (
    <time dateTime={date.toISOString()} title={`${formatUtcDateTime(date)}${ip ? ` from ${ip}` : ""}`} className="whitespace-nowrap">
      {formatUtcDate(date)}
    </time>
  );
}

/** A key's expiry: "Never" for old keys made without one, dimmed once passed. */
export function Expiry({ at, status }: { at: Date | null; status: string }) {
  if (!at) return <span className="text-zinc-500">Never</span>;
  const date = new Date(at);
  return (
    <time dateTime={date.toISOString()} title={formatUtcDateTime(date)} className={`whitespace-nowrap ${status === "active" ? "" : "text-zinc-400"}`}>
      {formatUtcDate(date)}
    </time>
  );
}
