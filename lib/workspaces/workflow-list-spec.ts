import { defineListSpec, enumOptions } from "../data-table/list-spec";

export const WORKFLOW_STATUSES = ["draft", "active", "paused", "archived"] as const;

export const workflowListSpec = defineListSpec({
  id: "workflows",
  title: "Workflows",
  noun: { one: "workflow", many: "workflows" },
  columns: [
    { id: "name", label: "Name", hideable: false },
    { id: "tenant", label: "Tenant" },
    { id: "project", label: "Project" },
    { id: "status", label: "Status" },
    { id: "createdBy", label: "Created by" },
    { id: "createdAt", label: "Created" },
  ],
  sorts: ["name", "tenant", "status", "createdAt"],
  defaultSort: { id: "createdAt", desc: true },
  facets: { status: { label: "Status", options: enumOptions(WORKFLOW_STATUSES) } },
  ranges: { created: { label: "Created", kind: "date" } },
  search: { placeholder: "Search workflow or tenant" },
  pageSizes: [25, 50, 100],
  defaultPageSize: 25,
});
