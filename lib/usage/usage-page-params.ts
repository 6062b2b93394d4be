import { z } from "zod";
import { firstParam } from "../data-table/first-param";
import type { SearchParamsInput } from "../data-table/list-params";

// The usage page's own URL params, beside the records list's: `days` (30 or 90) and `tenant`
// (a tenant id that narrows everything to one tenant). Bad values fall back with a sentence.

export const USAGE_DAYS_OPTIONS = [30, 90] as const;
export type UsageDays = (typeof USAGE_DAYS_OPTIONS)[number];
export const DEFAULT_USAGE_DAYS: UsageDays = 30;

const uuid = z.uuid();

export type UsagePageParams = { days: UsageDays; tenantId: string | null; problems: string[] };

export function parseUsagePageParams(input: SearchParamsInput): UsagePageParams {
  const problems: string[] = [];
  let days = DEFAULT_USAGE_DAYS;
  const rawDays = firstParam(input, "days");
  if (rawDays !== undefined) {
    const value = Number(rawDays);
    if ((USAGE_DAYS_OPTIONS as readonly number[]).includes(value)) days = value as UsageDays;
    else problems.push(`Usage is shown for 30 or 90 days, so the last ${DEFAULT_USAGE_DAYS} days are shown.`);
  }
  let tenantId: string | null = null;
  const rawTenant = firstParam(input, "tenant");
  if (rawTenant) {
    if (uuid.safeParse(rawTenant).success) tenantId = rawTenant.toLowerCase();
    else problems.push(`"${rawTenant.slice(0, 40)}" is not a tenant id, so every tenant is shown.`);
  }
  return { days, tenantId, problems };
}

/** The page's own params as a query string (defaults left out), kept in front of the list's. */
export function usageScopeQuery(params: { days: UsageDays; tenantId: string | null }): string {
  const query = new URLSearchParams();
  if (params.tenantId) query.set("tenant", params.tenantId);
  if (params.days !== DEFAULT_USAGE_DAYS) query.set("days", String(params.days));
  return query.toString();
}
