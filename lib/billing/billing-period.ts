import type { BillingInterval } from "../generated/prisma/enums";

// Calendar arithmetic for billing periods, in UTC, for the server and the browser alike. Adding months clamps to the month's last day
// (Jan 31 + 1 month = Feb 28), and always counts from the anchor, so periods never drift.

export function addMonths(anchor: Date, months: number): Date {
  const target = new Date(anchor.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(anchor.getUTCDate(), lastDay));
  return target;
}

export function monthsIn(interval: BillingInterval): number {
  return interval === "year" ? 12 : 1;
}

export function addInterval(anchor: Date, interval: BillingInterval, count = 1): Date {
  return addMonths(anchor, monthsIn(interval) * count);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/**
 * The window whose usage counts against a plan's limits, which are per billing month: the whole
 * period for a monthly subscription; for a yearly one, the month of the period that holds `now`.
 */
export function usageWindow(
  subscription: { billingInterval: BillingInterval; currentPeriodStart: Date; currentPeriodEnd: Date },
  now: Date,
): { from: Date; to: Date } {
  const { currentPeriodStart: start, currentPeriodEnd: end } = subscription;
  if (subscription.billingInterval === "month") return { from: start, to: end };
  let month = 0;
  while (month < 11 && addMonths(start, month + 1).getTime() <= now.getTime()) month++;
  const to = addMonths(start, month + 1);
  return { from: addMonths(start, month), to: to.getTime() < end.getTime() ? to : end };
}

/** A new updatedAt that differs from the old one even within the same millisecond. */
export function nextUpdatedAt(previous: Date): Date {
  return new Date(Math.max(Date.now(), previous.getTime() + 1));
}
