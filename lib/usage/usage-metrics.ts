import type { UsageMetric } from "../generated/prisma/enums";

// The one definition of usage metrics, for the server and the browser alike (no server-only):
// their order, names, units, which are standing counts, and their chart colours.

export const USAGE_METRICS = ["executions", "tokens", "api_calls", "seats", "agents"] as const satisfies readonly UsageMetric[];

/** Standing counts: the latest record is the value, since adding daily head-counts means nothing. The rest are flows that add up. */
export const STANDING_METRICS = ["seats", "agents"] as const satisfies readonly UsageMetric[];

export function isStandingMetric(metric: UsageMetric): boolean {
  return (STANDING_METRICS as readonly UsageMetric[]).includes(metric);
}

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

/** What a plan's limit counts: flows are limited per billing month, standing counts at a time. */
export function limitPeriodOf(metric: UsageMetric): string {
  return isStandingMetric(metric) ? "at a time" : "per month";
}

/** Each metric's colour in every usage chart, so a metric looks the same on every page. */
export const USAGE_METRIC_TONES = {
  executions: "indigo",
  tokens: "violet",
  api_calls: "sky",
  seats: "emerald",
  agents: "amber",
} as const satisfies Record<UsageMetric, string>;
