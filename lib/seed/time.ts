// Seeded data hangs off one fixed "now": by default the current UTC day at 00:00, so seeding twice
// on the same day gives identical rows, and every timestamp stays in the past.

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addMs(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}

export function addDays(date: Date, days: number): Date {
  return addMs(date, days * DAY_MS);
}

export function addMonths(date: Date, months: number): Date {
  const next = new Date(date.getTime());
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}

export function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/** Relative weight of each UTC hour: a working-day peak with a tail from other time zones. */
export const HOURLY_ACTIVITY = [
  2, 1.5, 1.2, 1, 1, 1.3, 2, 3.5, 5.5, 7.5, 8.5, 8.8, 8, 8.6, 9, 8.7, 7.8, 6.5, 5.2, 4.4, 3.8, 3.3, 2.8, 2.4,
];

/** Saturday and Sunday see a fraction of weekday traffic. */
export function weekdayFactor(date: Date): number {
  const day = date.getUTCDay();
  return day === 0 ? 0.35 : day === 6 ? 0.45 : 1;
}
