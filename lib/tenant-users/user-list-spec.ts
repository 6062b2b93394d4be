import { defineListSpec, enumOptions } from "../data-table/list-spec";

export const USER_ROLES = ["owner", "admin", "member", "viewer"] as const;

export const userListSpec = defineListSpec({
  id: "users",
  title: "Users",
  noun: { one: "user", many: "users" },
  columns: [
    { id: "email", label: "Email", hideable: false },
    { id: "name", label: "Name" },
    { id: "tenant", label: "Tenant" },
    { id: "role", label: "Role" },
    { id: "active", label: "Status" },
    { id: "lastLoginAt", label: "Last sign-in" },
    { id: "createdAt", label: "Created" },
    { id: "actions", label: "Actions", hideable: false },
  ],
  // The name shows under the email, so the row fits without wrapping either.
  defaultHidden: ["name"],
  sorts: ["email", "name", "tenant", "role", "lastLoginAt", "createdAt"],
  defaultSort: { id: "createdAt", desc: true },
  facets: {
    role: { label: "Role", options: enumOptions(USER_ROLES) },
    active: { label: "Status", options: [{ value: "true", label: "Active" }, { value: "false", label: "Disabled" }] },
  },
  ranges: { created: { label: "Created", kind: "date" } },
  search: { placeholder: "Search email, name or tenant" },
  pageSizes: [25, 50, 100],
  defaultPageSize: 25,
});
