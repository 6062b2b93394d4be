import "server-only";
import type { ExportColumn } from "../data-table/stream-list-csv";
import type { UsageRecordListRow } from "./usage-record-list-source";

export const usageRecordExportColumns: ExportColumn<UsageRecordListRow>[] = [
  { header: "id", value: (row) => row.id },
  { header: "tenant_id", value: (row) => row.tenant.id },
  { header: "tenant_slug", value: (row) => row.tenant.slug },
  { header: "tenant_name", value: (row) => row.tenant.name },
  { header: "metric", value: (row) => row.metric },
  // A bigint keeps every digit (a Number would round past 2^53) and is written as a number.
  { header: "quantity", value: (row) => BigInt(row.quantity) },
  { header: "period_start", value: (row) => row.periodStart },
  { header: "period_end", value: (row) => row.periodEnd },
  { header: "recorded_at", value: (row) => row.recordedAt },
];
