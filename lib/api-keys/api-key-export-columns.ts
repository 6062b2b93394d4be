import "server-only";
import type { ExportColumn } from "../data-table/stream-list-csv";
import type { ApiKeyListRow } from "./api-key-list-source";

// What a key looks like in a spreadsheet: its prefix, never its hash (the list never selects it).

export const apiKeyExportColumns: ExportColumn<ApiKeyListRow>[] = [
  { header: "id", value: (row) => row.id },
  { header: "prefix", value: (row) => row.keyPrefix },
  { header: "name", value: (row) => row.name },
  { header: "tenant_id", value: (row) => row.tenant.id },
  { header: "tenant", value: (row) => row.tenant.name },
  { header: "tenant_slug", value: (row) => row.tenant.slug },
  { header: "scopes", value: (row) => row.scopes.join(" ") },
  { header: "status", value: (row) => row.status },
  { header: "created_by_kind", value: (row) => row.createdBy?.kind ?? null },
  { header: "created_by", value: (row) => row.createdBy?.email ?? null },
  { header: "created_at", value: (row) => row.createdAt },
  { header: "expires_at", value: (row) => row.expiresAt },
  { header: "revoked_at", value: (row) => row.revokedAt },
  { header: "last_used_at", value: (row) => row.lastUsedAt },
  { header: "last_used_ip", value: (row) => row.lastUsedIp },
];
