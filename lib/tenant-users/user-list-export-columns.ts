import "server-only";
import type { ExportColumn } from "../data-table/stream-list-csv";
import type { UserListRow } from "./user-list-source";

export const userExportColumns: ExportColumn<UserListRow>[] = [
  { header: "id", value: (row) => row.id },
  { header: "email", value: (row) => row.email },
  { header: "name", value: (row) => row.name },
  { header: "tenant_id", value: (row) => row.tenant.id },
  { header: "tenant", value: (row) => row.tenant.name },
  { header: "role", value: (row) => row.role },
  { header: "active", value: (row) => row.isActive },
  { header: "last_login_at", value: (row) => row.lastLoginAt },
  { header: "created_at", value: (row) => row.createdAt },
];
