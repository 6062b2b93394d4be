// The arithmetic behind the charts, kept apart from the markup so it can be tested: "nice" axis
// ticks (1, 2 or 5 times a power of ten, so every label is a round number), a linear scale,
// compact labels ("1.2M"), and which dates of a daily series get a label on the x-axis.

export type LinearTicks = { min: number; max: number; step: number; ticks: number[] };

/** The 1, 2 or 5 × 10^k nearest to `rough` on a log scale (the step between two ticks). */
export function niceStep(rough: number): number {
  if (!Number.isFinite(rough) || rough <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const ratio = rough / power;
  // Geometric midpoints between 1, 2, 5 and 10, as d3 chooses them.
  const factor = ratio >= Math.sqrt(50) ? 10 : ratio >= Math.sqrt(10) ? 5 : ratio >= Math.sqrt(2) ? 2 : 1;
  return roundTo(factor * power, power);
}

/**
 * Ticks for an axis that always shows zero (usage and counts are read against zero), holding
 * `min`..`max` with about `target` intervals. All-zero or empty data still gets an axis, 0 to 1.
 * `integers` keeps steps whole, for things that are counted (no "0.5 seats").
 */
export function niceTicks(min: number, max: number, options: { target?: number; integers?: boolean } = {}): LinearTicks {
  const target = Math.max(1, options.target ?? 4);
  let low = Math.min(0, Number.isFinite(min) ? min : 0);
  let high = Math.max(0, Number.isFinite(max) ? max : 0);
  if (low === high) high = low + 1;
  let step = niceStep((high - low) / target);
  // The nearest step can give almost twice the intervals asked for; small charts cannot fit them.
  if ((high - low) / step > target * 1.5) step = niceStep(step * 2.5);
  if (options.integers) step = Math.max(1, step);
  low = roundTo(Math.floor(low / step + 1e-9) * step, step);
  high = roundTo(Math.ceil(high / step - 1e-9) * step, step);
  const count = Math.round((high - low) / step);
  const ticks = Array.from({ length: count + 1 }, (_, i) => roundTo(low + i * step, step));
  return { min: low, max: high, step, ticks };
}

/** Removes floating-point dust (0.30000000000000004) at the precision of `unit`. */
function roundTo(value: number, unit: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(unit)) + 1);
  return Number(value.toFixed(Math.min(decimals, 20)));
}

/** Maps `domain` onto `range` linearly; a zero-width domain maps everything to the range's start. */
export function scaleLinear(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const width = d1 - d0;
  return (value) => (width === 0 ? r0 : r0 + ((value - d0) / width) * (r1 - r0));
}

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const compactSmall = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const full = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export type ValueFormat = "compact" | "count" | "percent";

/** "1.2M", "950", "0.25": axis labels and values where space is short. */
export function formatCompact(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return Math.abs(value) < 1 ? compactSmall.format(value) : compact.format(value);
}

export function formatChartValue(value: number, format: ValueFormat = "compact"): string {
  if (format === "percent") return `${formatCompact(Math.round(value))}%`;
  if (format === "count") return full.format(value);
  return formatCompact(value);
}

const DAY_MS = 86_400_000;
const MONTH_DAY = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const FULL_DAY = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

function dayOf(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** "2026-11-03" → "Nov 3" (or "Nov 3, 2026" with `withYear`), read in UTC like every date here. */
export function formatDay(date: string, withYear = false): string {
  const day = dayOf(date);
  if (Number.isNaN(day.getTime())) return date;
  return (withYear ? FULL_DAY : MONTH_DAY).format(day);
}

/**
 * Which points of a daily series get a date label: every day when few, else Mondays every one or
 * more weeks, so labels fall on the same weekday and never crowd (at most `maxTicks`).
 */
export function dateTickIndexes(dates: readonly string[], maxTicks = 6): number[] {
  const n = dates.length;
  if (n === 0) return [];
  if (n <= maxTicks) return dates.map((_, i) => i);
  const firstMonday = dates.findIndex((date) => dayOf(date).getUTCDay() === 1);
  // Not consecutive days (or no Monday): fall back to evenly spaced points.
  const consecutive = dayOf(dates[n - 1]!).getTime() - dayOf(dates[0]!).getTime() === (n - 1) * DAY_MS;
  if (firstMonday < 0 || !consecutive) {
    const step = Math.ceil((n - 1) / (maxTicks - 1));
    return Array.from({ length: Math.floor((n - 1) / step) + 1 }, (_, i) => i * step);
  }
  let weeks = 1;
  while (Math.floor((n - 1 - firstMonday) / (7 * weeks)) + 1 > maxTicks) weeks++;
  const indexes: number[] = [];
  for (let i = firstMonday; i < n; i += 7 * weeks) indexes.push(i);
  return indexes;
}

const HOUR = new Intl.DateTimeFormat("en-US", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

/** "2026-11-29T13:00:00.000Z" → "13:00", or "Nov 29, 13:00 UTC" with `long`: hours read in UTC too. */
export function formatHour(date: string, long = false): string {
  const moment = new Date(date);
  if (Number.isNaN(moment.getTime())) return date;
  return long ? `${MONTH_DAY.format(moment)}, ${HOUR.format(moment)} UTC` : HOUR.format(moment);
}

/** Which points of an hourly series get a label: every `every` hours on the clock (00:00, 04:00, …). */
export function hourTickIndexes(dates: readonly string[], every = 4): number[] {
  return dates.flatMap((date, index) => (new Date(date).getUTCHours() % every === 0 ? [index] : []));
}

export type TimeGranularity = "day" | "hour";

/** How a series' points are labelled and which get an axis tick, per granularity. */
export function timeAxis(granularity: TimeGranularity) {
  return granularity === "hour"
    ? { format: formatHour, ticks: (dates: readonly string[]) => hourTickIndexes(dates) }
    : { format: formatDay, ticks: (dates: readonly string[]) => dateTickIndexes(dates) };
}
