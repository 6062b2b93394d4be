const day = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

/** "Dec 1, 2026": the UTC day, so server and browser agree, and billing periods (UTC midnights) read as their own day. */
export function formatUtcDate(value: Date | string): string {
  return day.format(new Date(value));
}
