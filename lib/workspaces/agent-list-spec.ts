import { defineListSpec, enumOptions } from "../data-table/list-spec";

export const AGENT_STATUSES = ["draft", "active", "paused", "archived"] as const;

export const agentListSpec = defineListSpec({
  id: "agents",
  title: "Agents",
  noun: { one: "agent", many: "agents" },
  columns: [
    { id: "name", label: "Name", hideable: false },
    { id: "tenant", label: "Tenant" },
    { id: "project", label: "Project" },
    { id: "status", label: "Status" },
    { id: "model", label: "Model" },
    { id: "createdBy", label: "Created by" },
    { id: "createdAt", label: "Created" },
  ],
  sorts: ["name", "tenant", "status", "model", "createdAt"],
  defaultSort: { id: "createdAt", desc: true },
  facets: { status: { label: "Status", options: enumOptions(AGENT_STATUSES) } },
  ranges: { created: { label: "Created", kind: "date" } },
  search: { placeholder: "Search agent, model or tenant" },
  pageSizes: [25, 50, 100],
  defaultPageSize: 25,
});
