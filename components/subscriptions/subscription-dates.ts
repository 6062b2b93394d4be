// Dates as billing speaks them: a UTC day ("Dec 1, 2026"), since periods start and end at UTC midnight.

const DAY = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

export function formatDay(value: Date | string): string {
  return DAY.format(new Date(value));
}

const DAY_MS = 86_400_000;

export function addDays(value: Date | string, days: number): Date {
  return new Date(new Date(value).getTime() + days * DAY_MS);
}

/** The same day `months` later, clamped to the month's last day (Jan 31 + 1 month = Feb 28), as lib/billing does. */
export function addMonths(value: Date | string, months: number): Date {
  const anchor = new Date(value);
  const target = new Date(anchor.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(anchor.getUTCDate(), lastDay));
  return target;
}
