import { defineListSpec, enumOptions } from "../data-table/list-spec";
import { API_KEY_SCOPES } from "./api-key-scopes";

// Plain data (no "server-only"): the page and the browser table read the same spec.

export const API_KEY_LIST_STATUSES = ["active", "expired", "revoked"] as const;

// Scopes read best as they are written ("agents:read"), not humanized.
const scopeLabels = Object.fromEntries(API_KEY_SCOPES.map((scope) => [scope, scope]));

export const apiKeyListSpec = defineListSpec({
  id: "api-keys",
  title: "API keys",
  noun: { one: "API key", many: "API keys" },
  columns: [
    { id: "select", label: "Select", hideable: false },
    { id: "prefix", label: "Prefix", hideable: false },
    { id: "name", label: "Name" },
    { id: "tenant", label: "Tenant" },
    { id: "scopes", label: "Scopes" },
    { id: "createdBy", label: "Created by" },
    { id: "lastUsed", label: "Last used" },
    { id: "expires", label: "Expires" },
    { id: "status", label: "Status" },
    { id: "createdAt", label: "Created" },
  ],
  defaultHidden: ["createdAt"],
  sorts: ["prefix", "name", "tenant", "lastUsed", "expires", "status", "createdAt"],
  defaultSort: { id: "createdAt", desc: true },
  facets: {
    status: { label: "Status", options: enumOptions(API_KEY_LIST_STATUSES) },
    // A key matches when it holds any of the chosen scopes.
    scope: { label: "Scope", options: enumOptions(API_KEY_SCOPES, scopeLabels) },
  },
  ranges: {
    created: { label: "Created", kind: "date" },
    expires: { label: "Expires", kind: "date" },
  },
  search: { placeholder: "Search prefix, name or tenant" },
  pageSizes: [25, 50, 100],
  defaultPageSize: 25,
});
