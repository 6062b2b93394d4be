const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** An estimate, said as one: "about 2.1M". */
export function formatApproximateCount(value: number): string {
  return `about ${compact.format(value)}`;
}
