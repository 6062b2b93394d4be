const dateTime = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

/** Server and browser may sit in different time zones; UTC, said out loud, reads the same everywhere. */
export function formatUtcDateTime(value: Date | string): string {
  return `${dateTime.format(new Date(value))} UTC`;
}
