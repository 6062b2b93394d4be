// Words and numbers for plans and subscriptions, shared by the plan and subscription screens.
// Plain data, so client components can use it (the lib/billing lists are server-only).

export const METRICS = ["executions", "tokens", "api_calls", "seats", "agents"] as const;
export type Metric = (typeof METRICS)[number];

export const METRIC_LABELS: Record<Metric, string> = {
  executions: "Executions",
  tokens: "Tokens",
  api_calls: "API calls",
  seats: "Seats",
  agents: "Agents",
};

/** Flow metrics are limited per billing month; seats and agents are a standing count. */
export const METRIC_PERIOD: Record<Metric, string> = {
  executions: "per month",
  tokens: "per month",
  api_calls: "per month",
  seats: "at a time",
  agents: "at a time",
};

export const INTERVAL_LABELS: Record<string, string> = { month: "Monthly", year: "Yearly" };
export const PER_INTERVAL: Record<string, string> = { month: "month", year: "year" };

const integers = new Intl.NumberFormat("en-US");

/** "3000000000" → "3,000,000,000"; limits and usage arrive as decimal strings (bigint in the database). */
export function formatQuantity(value: string): string {
  return /^-?\d+$/.test(value) ? integers.format(BigInt(value)) : value;
}

export function formatLimit(limit: string | null): string {
  return limit === null ? "Unlimited" : formatQuantity(limit);
}

/** The currencies a plan may be priced in (lib/billing/money.ts checks the same on the server). */
export const PLAN_CURRENCIES = ["USD", "EUR", "GBP"] as const;
