import type { AuditLogRow } from "@/lib/audit-logs/query/audit-log-row";

// Where an event's tenant, actor and resource live in the console, and searches that start from them.

const RESOURCE_PAGES: Record<string, string> = {
  api_key: "/api-keys",
  execution: "/executions",
  agent: "/agents",
  workflow: "/workflows",
  subscription: "/subscriptions",
  plan: "/plans",
  tenant: "/tenants",
  blueprint: "/blueprints",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function searchHref(query: string, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...extra });
  const text = params.toString();
  return text ? `/audit-logs?${text}` : "/audit-logs";
}

export function tenantHref(row: Pick<AuditLogRow, "tenantId">): string | null {
  return row.tenantId ? `/tenants/${row.tenantId}` : null;
}

/** The resource's own page, when the console has one and the id can name a record there. */
export function resourceHref(row: Pick<AuditLogRow, "resourceType" | "resourceId">): string | null {
  const base = row.resourceType ? RESOURCE_PAGES[row.resourceType] : undefined;
  if (!base || !row.resourceId || !UUID.test(row.resourceId)) return null;
  return `${base}/${row.resourceId}`;
}

/** A tenant user's row in the users list; staff and API keys have their own trails only. */
export function actorHref(row: Pick<AuditLogRow, "actorType" | "actorEmail" | "actorId">): string | null {
  if (row.actorType === "user" && row.actorEmail) return `/users?q=${encodeURIComponent(row.actorEmail)}`;
  if (row.actorType === "api_key" && row.actorId && UUID.test(row.actorId)) return `/api-keys/${row.actorId}`;
  return null;
}

export function actorQuery(row: Pick<AuditLogRow, "actorEmail" | "actorId">): string | null {
  const value = row.actorEmail ?? row.actorId;
  return value ? `user:${/\s/.test(value) ? JSON.stringify(value) : value}` : null;
}

export function formatUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
