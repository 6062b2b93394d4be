import "server-only";
import { changedFields } from "../audit/audit-event";
import { moneyString } from "../billing/money";
import type { Prisma } from "../generated/prisma/client";
import type { PlanStatus, UsageMetric } from "../generated/prisma/enums";
import { USAGE_METRICS } from "../usage/usage-metrics";

// How a plan looks to the console: money as "49.00" strings, limits as decimal strings (bigint in
// the database) with null for unlimited.

export type PlanLimits = Record<UsageMetric, string | null>;

export type PlanView = {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  priceMonthly: string;
  priceYearly: string;
  currency: string;
  features: string[];
  status: PlanStatus;
  sortOrder: number;
  limits: PlanLimits;
  createdAt: Date;
  updatedAt: Date;
};

export const planSelect = {
  id: true,
  name: true,
  slug: true,
  description: true,
  priceMonthly: true,
  priceYearly: true,
  currency: true,
  features: true,
  status: true,
  sortOrder: true,
  createdAt: true,
  updatedAt: true,
  limits: { select: { metric: true, limit: true } },
} satisfies Prisma.PlanSelect;

export type PlanRecord = Prisma.PlanGetPayload<{ select: typeof planSelect }>;

export function limitsOf(rows: { metric: UsageMetric; limit: bigint | null }[]): PlanLimits {
  const limits = Object.fromEntries(USAGE_METRICS.map((metric) => [metric, null])) as PlanLimits;
  for (const row of rows) limits[row.metric] = row.limit === null ? null : row.limit.toString();
  return limits;
}

export function toPlanView(record: PlanRecord): PlanView {
  return {
    id: record.id,
    name: record.name,
    slug: record.slug,
    description: record.description,
    priceMonthly: moneyString(record.priceMonthly),
    priceYearly: moneyString(record.priceYearly),
    currency: record.currency,
    features: record.features,
    status: record.status,
    sortOrder: record.sortOrder,
    limits: limitsOf(record.limits),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

const AUDITED_FIELDS = ["name", "slug", "description", "priceMonthly", "priceYearly", "currency", "features", "status", "sortOrder"] as const;
type AuditedPlan = Pick<PlanView, (typeof AUDITED_FIELDS)[number] | "limits">;

function fieldsOf(plan: AuditedPlan | null): Record<string, unknown> {
  return Object.fromEntries(AUDITED_FIELDS.map((field) => [field, plan ? plan[field] : null]));
}

/** Before/after of the changed fields, with the changed limits nested under `limits`. */
export function planAuditDiff(before: AuditedPlan | null, after: AuditedPlan | null) {
  const diff = changedFields(fieldsOf(before), fieldsOf(after));
  const noLimits = limitsOf([]);
  const limits = changedFields(before?.limits ?? noLimits, after?.limits ?? noLimits);
  if (Object.keys(limits.after).length > 0) {
    diff.before.limits = limits.before;
    diff.after.limits = limits.after;
  }
  return diff;
}
