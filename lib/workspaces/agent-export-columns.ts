import "server-only";
import type { ExportColumn } from "../data-table/stream-list-csv";
import type { AgentListRow } from "./agent-list-source";

export const agentExportColumns: ExportColumn<AgentListRow>[] = [
  { header: "id", value: (row) => row.id },
  { header: "name", value: (row) => row.name },
  { header: "tenant_id", value: (row) => row.tenant.id },
  { header: "tenant", value: (row) => row.tenant.name },
  { header: "project_id", value: (row) => row.project?.id ?? null },
  { header: "project", value: (row) => row.project?.name ?? null },
  { header: "status", value: (row) => row.status },
  { header: "model", value: (row) => row.model },
  { header: "created_by", value: (row) => row.createdBy },
  { header: "created_at", value: (row) => row.createdAt },
];
