import "server-only";
import { csvNumber } from "../data-table/csv";
import type { ExportColumn } from "../data-table/stream-list-csv";
import type { SubscriptionListRow } from "./subscription-list-source";

export const subscriptionExportColumns: ExportColumn<SubscriptionListRow>[] = [
  { header: "id", value: (row) => row.id },
  { header: "tenant_id", value: (row) => row.tenant.id },
  { header: "tenant_name", value: (row) => row.tenant.name },
  { header: "tenant_slug", value: (row) => row.tenant.slug },
  { header: "plan", value: (row) => row.plan.slug },
  { header: "status", value: (row) => row.status },
  { header: "billing_interval", value: (row) => row.billingInterval },
  { header: "price", value: (row) => csvNumber(row.price) },
  { header: "monthly_revenue", value: (row) => csvNumber(row.mrr) },
  { header: "currency", value: (row) => row.currency },
  { header: "current_period_start", value: (row) => row.currentPeriodStart },
  { header: "current_period_end", value: (row) => row.currentPeriodEnd },
  { header: "trial_ends_at", value: (row) => row.trialEndsAt },
  { header: "cancel_at_period_end", value: (row) => row.cancelAtPeriodEnd },
  { header: "canceled_at", value: (row) => row.canceledAt },
  { header: "ended_at", value: (row) => row.endedAt },
  { header: "external_id", value: (row) => row.externalId },
  { header: "created_at", value: (row) => row.createdAt },
];
