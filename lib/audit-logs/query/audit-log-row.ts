export type AuditActorType = "user" | "staff" | "api_key" | "system";

export type AuditLogRow = {
  id: string;
  tenantId: string | null;
  tenantSlug: string | null;
  actorType: AuditActorType;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  details: unknown;
  ipAddress: string | null;
  userAgent: string | null;
  /** UTC, to the microsecond, as stored: 2026-11-28T14:03:07.123456Z. */
  createdAt: string;
};

// ids travel as text (bigint does not fit a JS number) and created_at as UTC text with
// microseconds, so the keyset cursor is exact.
export const AUDIT_LOG_COLUMNS = `a.id::text AS id, a.tenant_id, t.slug AS tenant_slug, a.actor_type::text AS actor_type,
  a.actor_id, a.actor_email, a.action, a.resource_type, a.resource_id, a.details, a.ip_address, a.user_agent,
  to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at`;

export const AUDIT_LOG_BASE_COLUMNS =
  "id, tenant_id, actor_type, actor_id, actor_email, action, resource_type, resource_id, details, ip_address, user_agent, created_at";

export type AuditLogSqlRow = {
  id: string;
  tenant_id: string | null;
  tenant_slug: string | null;
  actor_type: AuditActorType;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  details: unknown;
  ip_address: string | null;
  user_agent: string | null;
  created_at: string;
};

export function toAuditLogRow(row: AuditLogSqlRow): AuditLogRow {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    tenantSlug: row.tenant_slug,
    actorType: row.actor_type,
    actorId: row.actor_id,
    actorEmail: row.actor_email,
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    details: row.details,
    ipAddress: row.ip_address,
    userAgent: row.user_agent,
    createdAt: row.created_at,
  };
}

/** The columns for `FROM audit_logs a WHERE …` without a join: the slug comes from a scalar subquery. */
export const AUDIT_LOG_EXPORT_COLUMNS = `a.id::text AS id, a.tenant_id, (SELECT t.slug FROM tenants t WHERE t.id = a.tenant_id) AS tenant_slug,
  a.actor_type::text AS actor_type, a.actor_id, a.actor_email, a.action, a.resource_type, a.resource_id, a.details, a.ip_address, a.user_agent,
  to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at`;
