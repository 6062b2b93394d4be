const formatters = new Map<string, Intl.NumberFormat>();

/** "1234.5" + "USD" → "$1,234.50". Amounts arrive as decimal strings, never floats, from the server. */
export function formatMoney(amount: string | number, currency: string, options: { precise?: boolean } = {}): string {
  const key = `${currency}:${options.precise ? "p" : ""}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency: currency.trim() || "USD",
      // Execution costs are fractions of a cent; prices and revenue are whole cents.
      maximumFractionDigits: options.precise ? 6 : 2,
      minimumFractionDigits: 2,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(Number(amount));
}
