import { defineListSpec, enumOptions } from "../data-table/list-spec";

export const EXECUTION_TYPES = ["agent", "workflow"] as const;
export const EXECUTION_STATUSES = ["pending", "running", "completed", "failed", "cancelled", "timeout"] as const;

// Millions of rows: only orders an index serves are offered. created_at has its own index, and
// (tenant_id, created_at) and (status, created_at) serve it under a tenant or status filter.
// Duration, tokens and cost have no index, so they filter by range but do not sort.
export const executionListSpec = defineListSpec({
  id: "executions",
  title: "Executions",
  noun: { one: "execution", many: "executions" },
  columns: [
    { id: "id", label: "ID" },
    { id: "tenant", label: "Tenant" },
    { id: "type", label: "Type" },
    { id: "target", label: "Agent or workflow", hideable: false },
    { id: "status", label: "Status" },
    { id: "startedAt", label: "Started" },
    { id: "duration", label: "Duration" },
    { id: "tokens", label: "Tokens" },
    { id: "cost", label: "Cost" },
    { id: "createdAt", label: "Created" },
  ],
  // Type also shows under the agent or workflow name, and Started is close to Created for most
  // runs: hidden until asked for, so the ten columns fit a laptop screen.
  defaultHidden: ["type", "startedAt"],
  sorts: ["createdAt"],
  defaultSort: { id: "createdAt", desc: true },
  facets: {
    type: { label: "Type", options: enumOptions(EXECUTION_TYPES) },
    status: { label: "Status", options: enumOptions(EXECUTION_STATUSES) },
  },
  ranges: {
    created: { label: "Created", kind: "date" },
    duration: { label: "Duration", kind: "number", unit: "ms" },
    cost: { label: "Cost", kind: "number", unit: "USD" },
  },
  search: { placeholder: "Search tenant, name or error" },
  pageSizes: [25, 50, 100],
  defaultPageSize: 25,
});
