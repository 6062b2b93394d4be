import type { ReactNode } from "react";

const DATE = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
const TIME = new Intl.DateTimeFormat("en-US", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

/** A date over a second line (the time, or who did it), so the table's date columns stay narrow. */
export function StaffDate({ value, detail }: { value: Date; detail?: ReactNode }) {
  return (
    <>
      <time dateTime={value.toISOString()} className="block whitespace-nowrap">{DATE.format(value)}</time>
      <span className="block text-xs text-zinc-500">{detail ?? `${TIME.format(value)} UTC`}</span>
    </>
  );
}
