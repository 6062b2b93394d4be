import type pg from "pg";
import { toAuditRow, type AuditActor, type RequestContext } from "../audit/audit-event";

// The console's audit rows for migration work, written on the migration's own connection and
// inside its own transaction: a migration and its audit row commit together or not at all.
// The CLI passes no hook; only the console knows who is acting.

export type MigrationAuditAction = "migration.apply" | "migration.baseline" | "migration.resolve";

export type MigrationAuditEvent = {
  action: MigrationAuditAction;
  /** The migration the row is about; a baseline names its last one and lists all in `details`. */
  migration: string;
  details: Record<string, unknown>;
};

/** Called inside an open transaction on `client`; throwing rolls the change back. */
export type MigrationAuditHook = (client: pg.ClientBase, event: MigrationAuditEvent) => Promise<void>;

export const MIGRATION_RESOURCE_TYPE = "migration";
/** audit_logs.resource_id is varchar(64); a migration name may be longer (Prisma allows 255). */
const RESOURCE_ID_LENGTH = 64;

export function createMigrationAuditHook(context: { actor: AuditActor; request: RequestContext }): MigrationAuditHook {
  return async (client, event) => {
    const row = toAuditRow(
      {
        action: event.action,
        resourceType: MIGRATION_RESOURCE_TYPE,
        resourceId: event.migration.slice(0, RESOURCE_ID_LENGTH),
        details: { migration: event.migration, ...event.details },
      },
      context.actor,
      context.request,
    );
    await client.query(
      `insert into audit_logs (tenant_id, actor_type, actor_id, actor_email, action, resource_type, resource_id, details, ip_address, user_agent)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [row.tenantId, row.actorType, row.actorId, row.actorEmail, row.action, row.resourceType, row.resourceId, JSON.stringify(row.details), row.ipAddress, row.userAgent],
    );
  };
}

/** Whether the console's audit table exists yet: a first migration that fails leaves none. */
export async function hasAuditTable(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ exists: boolean }>(`select to_regclass('public.audit_logs') is not null as exists`);
  return rows[0]?.exists ?? false;
}
