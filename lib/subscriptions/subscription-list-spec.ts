import { defineListSpec, enumOptions } from "../data-table/list-spec";

// Plain data (no "server-only"): the page and the browser table read the same spec.

export const SUBSCRIPTION_STATUSES = ["trialing", "active", "past_due", "paused", "unpaid", "incomplete", "canceled"] as const;
export const BILLING_INTERVALS = ["month", "year"] as const;

export const subscriptionListSpec = defineListSpec({
  id: "subscriptions",
  title: "Subscriptions",
  noun: { one: "subscription", many: "subscriptions" },
  columns: [
    { id: "subscription", label: "ID", hideable: false },
    { id: "tenant", label: "Tenant" },
    { id: "plan", label: "Plan" },
    { id: "status", label: "Status" },
    { id: "interval", label: "Interval" },
    { id: "price", label: "Price" },
    { id: "mrr", label: "MRR" },
    { id: "periodEnd", label: "Period ends" },
    { id: "trialEnds", label: "Trial ends" },
    { id: "cancelAtPeriodEnd", label: "Cancels at end" },
    { id: "externalId", label: "External id" },
    { id: "createdAt", label: "Created" },
  ],
  // The price already says "/ mo" or "/ yr", and a trial ends with its period, so these start hidden.
  defaultHidden: ["interval", "trialEnds", "externalId"],
  sorts: ["tenant", "plan", "status", "interval", "price", "mrr", "periodEnd", "trialEnds", "createdAt"],
  defaultSort: { id: "createdAt", desc: true },
  facets: {
    status: { label: "Status", options: enumOptions(SUBSCRIPTION_STATUSES) },
    plan: { label: "Plan", pattern: "^[a-z0-9-]{1,100}$" },
    interval: { label: "Interval", options: enumOptions(BILLING_INTERVALS, { month: "Monthly", year: "Yearly" }) },
  },
  ranges: {
    periodEnd: { label: "Period ends", kind: "date" },
    // No unit: each subscription is in its plan's currency, and most plans are in USD.
    mrr: { label: "Monthly revenue", kind: "number" },
  },
  search: { placeholder: "Search tenant or external id" },
  pageSizes: [25, 50, 100],
  defaultPageSize: 25,
});
