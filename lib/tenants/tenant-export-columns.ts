import "server-only";
import { csvNumber } from "../data-table/csv";
import type { ExportColumn } from "../data-table/stream-list-csv";
import type { TenantListRow } from "./tenant-list-source";

export const tenantExportColumns: ExportColumn<TenantListRow>[] = [
  { header: "id", value: (row) => row.id },
  { header: "name", value: (row) => row.name },
  { header: "slug", value: (row) => row.slug },
  { header: "status", value: (row) => row.status },
  { header: "billing_email", value: (row) => row.billingEmail },
  { header: "plan", value: (row) => row.plan?.slug ?? null },
  { header: "subscription_status", value: (row) => row.subscriptionStatus },
  { header: "monthly_revenue", value: (row) => csvNumber(row.mrr) },
  { header: "currency", value: (row) => row.currency },
  { header: "users", value: (row) => row.users },
  { header: "created_at", value: (row) => row.createdAt },
];
