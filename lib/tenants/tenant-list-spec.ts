import { defineListSpec, enumOptions } from "../data-table/list-spec";

export const TENANT_STATUSES = ["trial", "active", "suspended", "cancelled"] as const;

export const tenantListSpec = defineListSpec({
  id: "tenants",
  title: "Tenants",
  noun: { one: "tenant", many: "tenants" },
  columns: [
    { id: "select", label: "Select", hideable: false },
    { id: "name", label: "Name", hideable: false },
    { id: "slug", label: "Slug" },
    { id: "status", label: "Status" },
    { id: "plan", label: "Plan" },
    { id: "mrr", label: "Monthly revenue" },
    { id: "users", label: "Users" },
    { id: "createdAt", label: "Created" },
  ],
  sorts: ["name", "slug", "status", "plan", "mrr", "users", "createdAt"],
  defaultSort: { id: "createdAt", desc: true },
  facets: {
    status: { label: "Status", options: enumOptions(TENANT_STATUSES) },
    plan: { label: "Plan", pattern: "^[a-z0-9-]{1,100}$" },
  },
  ranges: {
    created: { label: "Created", kind: "date" },
    // In each plan's own currency: most tenants pay in USD, and the list shows the currency per row.
    mrr: { label: "Monthly revenue", kind: "number" },
  },
  search: { placeholder: "Search name, slug or billing email" },
  pageSizes: [25, 50, 100],
  defaultPageSize: 25,
});
