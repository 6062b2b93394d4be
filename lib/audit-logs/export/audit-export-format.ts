import { csvLine } from "../../data-table/csv";
import type { AuditLogRow } from "../query/audit-log-row";

// How an exported event is written. CSV goes through csvCell, which quotes what needs quoting and
// prefixes text a spreadsheet would run as a formula (= + - @, tab, CR) with a quote. NDJSON is
// one JSON.stringify per line, which escapes everything that could break a line.

export type AuditExportFormat = "csv" | "ndjson";

export const AUDIT_EXPORT_HEADERS = [
  "id", "created_at", "tenant_id", "tenant_slug", "actor_type", "actor_id", "actor_email",
  "action", "resource_type", "resource_id", "ip_address", "user_agent", "details",
] as const;

export const AUDIT_EXPORT_CONTENT_TYPES: Record<AuditExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  ndjson: "application/x-ndjson; charset=utf-8",
};

/** The file's first bytes: a BOM (so spreadsheets read UTF-8) and the header row, for CSV. */
export function exportPreamble(format: AuditExportFormat): string {
  return format === "csv" ? `\uFEFF${csvLine([...AUDIT_EXPORT_HEADERS])}` : "";
}

export function exportLine(format: AuditExportFormat, row: AuditLogRow): string {
  if (format === "ndjson") return `${JSON.stringify(row)}\n`;
  return csvLine([
    row.id, row.createdAt, row.tenantId, row.tenantSlug, row.actorType, row.actorId, row.actorEmail,
    row.action, row.resourceType, row.resourceId, row.ipAddress, row.userAgent, JSON.stringify(row.details),
  ]);
}
