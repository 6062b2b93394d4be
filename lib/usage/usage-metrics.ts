import type { UsageMetric } from "../generated/prisma/enums";

// How the console names usage metrics, for the server and the browser alike (no server-only;
// which metrics add up and which are standing counts is defined in lib/billing/usage-in-period).

export const USAGE_METRIC_VALUES = ["executions", "tokens", "api_calls", "seats", "agents"] as const satisfies readonly UsageMetric[];

export const USAGE_METRIC_LABELS: Record<UsageMetric, string> = {
  executions: "Executions",
  tokens: "Tokens",
  api_calls: "API calls",
  seats: "Seats",
  agents: "Agents",
};

/** The unit as it reads after a number: "1.2M tokens", "3 seats". */
export const USAGE_METRIC_UNITS: Record<UsageMetric, string> = {
  executions: "executions",
  tokens: "tokens",
  api_calls: "API calls",
  seats: "seats",
  agents: "agents",
};
