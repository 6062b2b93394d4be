// How the tenant page plots usage against a plan's limits. Seats and agents are standing counts,
// so a day's value meets the limit directly. Executions, tokens and API calls are limited per
// billing month, so a day's value cannot be read against the limit; their running total within
// each billing month can (it climbs towards the limit and starts again on the anchor day).

/** A day's quantity; null when a standing count was not recorded that day. */
export type DailyQuantity = { date: string; quantity: number | null };
export type ChartPoint = { date: string; value: number | null };

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** Whether `date` (YYYY-MM-DD) starts a billing month anchored on `anchorDay` (clamped to short months). */
export function startsBillingMonth(date: string, anchorDay: number): boolean {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return day === Math.min(anchorDay, lastDayOfMonth(year, month - 1));
}

/**
 * The running total within each billing month. Days before the first billing-month start in the
 * series are null: their month began before the data does, so their total is not known.
 */
export function billingMonthToDate(series: readonly DailyQuantity[], anchorDay: number): ChartPoint[] {
  let total: number | null = null;
  return series.map((point) => {
    if (startsBillingMonth(point.date, anchorDay)) total = 0;
    if (total === null) return { date: point.date, value: null };
    total += point.quantity ?? 0;
    return { date: point.date, value: total };
  });
}

export function dailyValues(series: readonly DailyQuantity[]): ChartPoint[] {
  return series.map((point) => ({ date: point.date, value: point.quantity }));
}
