import { defineListSpec } from "../data-table/list-spec";

export const projectListSpec = defineListSpec({
  id: "projects",
  title: "Projects",
  noun: { one: "project", many: "projects" },
  columns: [
    { id: "name", label: "Name", hideable: false },
    { id: "tenant", label: "Tenant" },
    { id: "agents", label: "Agents" },
    { id: "workflows", label: "Workflows" },
    { id: "createdBy", label: "Created by" },
    { id: "createdAt", label: "Created" },
  ],
  sorts: ["name", "tenant", "createdAt"],
  defaultSort: { id: "createdAt", desc: true },
  facets: {},
  ranges: { created: { label: "Created", kind: "date" } },
  search: { placeholder: "Search project or tenant" },
  pageSizes: [25, 50, 100],
  defaultPageSize: 25,
});
