import "server-only";
import type { ExportColumn } from "../data-table/stream-list-csv";
import type { ProjectListRow } from "./project-list-source";

export const projectExportColumns: ExportColumn<ProjectListRow>[] = [
  { header: "id", value: (row) => row.id },
  { header: "name", value: (row) => row.name },
  { header: "description", value: (row) => row.description },
  { header: "tenant_id", value: (row) => row.tenant.id },
  { header: "tenant", value: (row) => row.tenant.name },
  { header: "agents", value: (row) => row.agents },
  { header: "workflows", value: (row) => row.workflows },
  { header: "created_by", value: (row) => row.createdBy },
  { header: "created_at", value: (row) => row.createdAt },
];
