import "server-only";
import { Prisma } from "../generated/prisma/client";
import { monthlyRevenueSql } from "../billing/monthly-revenue";
import { defineListSource, searchColumns } from "../data-table/list-source";
import { subscriptionListSpec } from "./subscription-list-spec";

export type SubscriptionListRow = {
  id: string;
  tenant: { id: string; name: string; slug: string };
  plan: { id: string; name: string; slug: string };
  status: string;
  billingInterval: string;
  /** The plan's price for the subscription's interval, e.g. "490.00" a year. */
  price: string;
  /** Decimal as a string, e.g. "40.83"; "0.00" when the subscription pays nothing now. */
  mrr: string;
  currency: string;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  trialEndsAt: Date | null;
  cancelAtPeriodEnd: boolean;
  canceledAt: Date | null;
  endedAt: Date | null;
  externalId: string | null;
  createdAt: Date;
};

// Every subscription row, current or not, with its tenant and plan: two primary-key joins, so a
// page of 10,000 subscriptions sorts and counts without a lateral per row.
const MRR = monthlyRevenueSql("s", "p");
const PRICE = Prisma.sql`(CASE s.billing_interval WHEN 'year' THEN p.price_yearly ELSE p.price_monthly END)`;

export const subscriptionListSource = defineListSource<SubscriptionListRow, (typeof subscriptionListSpec.sorts)[number]>({
  spec: subscriptionListSpec,
  select: Prisma.sql`s.id::text AS id, s.status::text AS status, s.billing_interval::text AS billing_interval,
    s.current_period_start, s.current_period_end, s.trial_ends_at, s.cancel_at_period_end, s.canceled_at, s.ended_at,
    s.external_id, s.created_at, t.id::text AS tenant_id, t.name AS tenant_name, t.slug AS tenant_slug,
    p.id::text AS plan_id, p.name AS plan_name, p.slug AS plan_slug, p.currency, ${PRICE}::text AS price, ${MRR}::text AS mrr`,
  from: Prisma.sql`subscriptions s JOIN tenants t ON t.id = s.tenant_id JOIN plans p ON p.id = s.plan_id`,
  id: Prisma.sql`s.id`,
  sorts: {
    tenant: Prisma.sql`lower(t.name)`,
    plan: Prisma.sql`lower(p.name)`,
    status: Prisma.sql`s.status`,
    interval: Prisma.sql`s.billing_interval`,
    price: PRICE,
    mrr: MRR,
    periodEnd: Prisma.sql`s.current_period_end`,
    trialEnds: Prisma.sql`s.trial_ends_at`,
    createdAt: Prisma.sql`s.created_at`,
  },
  facets: {
    status: { sql: Prisma.sql`s.status`, enumType: "subscription_status" },
    plan: { sql: Prisma.sql`p.slug` },
    interval: { sql: Prisma.sql`s.billing_interval`, enumType: "billing_interval" },
  },
  ranges: { periodEnd: Prisma.sql`s.current_period_end`, mrr: MRR },
  search: searchColumns([Prisma.sql`t.name`, Prisma.sql`t.slug`, Prisma.sql`s.external_id`]),
  mapRow: (raw) => ({
    id: String(raw.id),
    tenant: { id: String(raw.tenant_id), name: String(raw.tenant_name), slug: String(raw.tenant_slug) },
    plan: { id: String(raw.plan_id), name: String(raw.plan_name), slug: String(raw.plan_slug) },
    status: String(raw.status),
    billingInterval: String(raw.billing_interval),
    price: String(raw.price),
    mrr: String(raw.mrr),
    currency: String(raw.currency).trim(),
    currentPeriodStart: raw.current_period_start as Date,
    currentPeriodEnd: raw.current_period_end as Date,
    trialEndsAt: (raw.trial_ends_at as Date | null) ?? null,
    cancelAtPeriodEnd: Boolean(raw.cancel_at_period_end),
    canceledAt: (raw.canceled_at as Date | null) ?? null,
    endedAt: (raw.ended_at as Date | null) ?? null,
    externalId: (raw.external_id as string | null) ?? null,
    createdAt: raw.created_at as Date,
  }),
});
