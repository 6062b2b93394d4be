// Words and numbers for plans and subscriptions, shared by the plan and subscription screens.
// Plain data, so client components can use it (the lib/billing lists are server-only).

export const INTERVAL_LABELS: Record<string, string> = { month: "Monthly", year: "Yearly" };

const integers = new Intl.NumberFormat("en-US");

/** "3000000000" → "3,000,000,000"; limits and usage arrive as decimal strings (bigint in the database). */
export function formatQuantity(value: string): string {
  return /^-?\d+$/.test(value) ? integers.format(BigInt(value)) : value;
}

export function formatLimit(limit: string | null): string {
  return limit === null ? "Unlimited" : formatQuantity(limit);
}
