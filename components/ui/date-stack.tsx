import type { ReactNode } from "react";
import { formatUtcDate } from "@/lib/format/format-utc-date";

const TIME = new Intl.DateTimeFormat("en-US", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

/** A date over a second line (the time, or a detail such as who did it), so date columns stay narrow. */
export function DateStack({ value, detail }: { value: Date | string; detail?: ReactNode }) {
  const date = new Date(value);
  return (
    <>
      <time dateTime={date.toISOString()} className="block whitespace-nowrap">{formatUtcDate(date)}</time>
      <span className="block text-xs whitespace-nowrap text-zinc-500">{detail ?? `${TIME.format(date)} UTC`}</span>
    </>
  );
}

/** One line: "Nov 29, 2026", with the full UTC time on hover. */
export function ShortDate({ value }: { value: Date | string | null }) {
  if (!value) return <span className="text-zinc-400">—</span>;
  const date = new Date(value);
  return (
    <time dateTime={date.toISOString()} title={`${formatUtcDate(date)} ${TIME.format(date)} UTC`} className="whitespace-nowrap">
      {formatUtcDate(date)}
    </time>
  );
}
