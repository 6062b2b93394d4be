import "server-only";
import { csvNumber } from "../data-table/csv";
import type { ExportColumn } from "../data-table/stream-list-csv";
import type { ExecutionListRow } from "./execution-list-source";

export const executionExportColumns: ExportColumn<ExecutionListRow>[] = [
  { header: "id", value: (row) => row.id },
  { header: "tenant_id", value: (row) => row.tenant.id },
  { header: "tenant", value: (row) => row.tenant.name },
  { header: "type", value: (row) => row.type },
  { header: "agent_id", value: (row) => row.agent?.id ?? null },
  { header: "agent", value: (row) => row.agent?.name ?? null },
  { header: "workflow_id", value: (row) => row.workflow?.id ?? null },
  { header: "workflow", value: (row) => row.workflow?.name ?? null },
  { header: "status", value: (row) => row.status },
  { header: "started_at", value: (row) => row.startedAt },
  { header: "completed_at", value: (row) => row.completedAt },
  { header: "duration_ms", value: (row) => row.durationMs },
  { header: "tokens", value: (row) => row.tokens },
  { header: "cost", value: (row) => csvNumber(row.cost) },
  { header: "currency", value: (row) => row.currency },
  { header: "error_message", value: (row) => row.errorMessage },
  { header: "created_at", value: (row) => row.createdAt },
];
