import type { TimeUnit, TimeValue } from "./query-types";

const RELATIVE = /^-(\d{1,6})([mhdw])$/i;
const ABSOLUTE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

const UNIT_MS: Record<TimeUnit, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
// PostgreSQL's timestamptz and JavaScript's Date agree on years 0001 to 9999; keep inside them.
const MIN_MS = -62_135_596_800_000;
const MAX_MS = 253_402_300_799_999;

function offsetMinutes(zone: string | undefined): number | null {
  if (!zone || zone.toUpperCase() === "Z") return 0;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  if (hours > 23 || minutes > 59) return null;
  return (zone[0] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

/** Dates without a zone are UTC, so a permalink means the same instant for everyone. */
function parseAbsolute(text: string): string | null {
  const match = ABSOLUTE.exec(text);
  if (!match) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", zone] = match;
  const parts = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = parts;
  const offset = offsetMinutes(zone);
  if (offset === null || hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const micros = fraction.padEnd(6, "0");
  date.setUTCHours(hour, minute - offset, second, Number(micros.slice(0, 3)));
  const ms = date.getTime();
  if (!(ms >= MIN_MS && ms <= MAX_MS)) return null;
  return `${date.toISOString().slice(0, 23)}${micros.slice(3)}Z`;
}

/** Reads `now`, a relative time such as `-24h`, or an ISO date or date-time. */
export function parseTimeValue(text: string): TimeValue | null {
  if (text.toLowerCase() === "now") return { kind: "now" };
  const relative = RELATIVE.exec(text);
  if (relative) return { kind: "relative", amount: Number(relative[1]), unit: relative[2]!.toLowerCase() as TimeUnit };
  const iso = parseAbsolute(text);
  return iso ? { kind: "absolute", text, iso } : null;
}

export function formatTimeValue(time: TimeValue): string {
  if (time.kind === "now") return "now";
  if (time.kind === "relative") return `-${time.amount}${time.unit}`;
  return time.text;
}

/** The instant a time value names, as an ISO string PostgreSQL reads exactly. */
export function resolveTimeValue(time: TimeValue, now: Date): string {
  if (time.kind === "absolute") return time.iso;
  const back = time.kind === "now" ? 0 : time.amount * UNIT_MS[time.unit];
  return new Date(Math.min(MAX_MS, Math.max(MIN_MS, now.getTime() - back))).toISOString();
}
