import type pg from "pg";
import { MIGRATION_RESOURCE_TYPE, type MigrationAuditAction } from "./audit-hook";

// Who applied, baselined or resolved each migration from the console, read back from the audit
// trail. The CLI and other tools leave no such rows, so a migration may have none.

export type ConsoleActivity = { action: MigrationAuditAction; actorEmail: string | null; at: string; outcome: string | null };

/** The latest console action per migration name. An audit table of another shape (Alembic's) has none. */
export async function readConsoleActivity(client: pg.ClientBase): Promise<Map<string, ConsoleActivity>> {
  const activity = new Map<string, ConsoleActivity>();
  const { rows: columns } = await client.query<{ column_name: string }>(
    `select column_name from information_schema.columns
      where table_schema = 'public' and table_name = 'audit_logs' and column_name in ('actor_email', 'resource_type', 'details', 'action')`,
  );
  if (columns.length < 4) return activity;
  // The (resource_type, resource_id) index finds these few rows among millions.
  const { rows } = await client.query<{ action: MigrationAuditAction; actor_email: string | null; created_at: Date; details: Record<string, unknown> }>(
    `select action, actor_email, created_at, details from audit_logs
      where resource_type = $1 and action in ('migration.apply', 'migration.baseline', 'migration.resolve')
      order by id`,
    [MIGRATION_RESOURCE_TYPE],
  );
  for (const row of rows) {
    const details = row.details ?? {};
    const names = Array.isArray(details.migrations) ? (details.migrations as string[]) : [String(details.migration ?? "")];
    const outcome = typeof details.outcome === "string" ? details.outcome : typeof details.resolution === "string" ? details.resolution : null;
    for (const name of names) {
      if (name) activity.set(name, { action: row.action, actorEmail: row.actor_email, at: new Date(row.created_at).toISOString(), outcome });
    }
  }
  return activity;
}
