import "server-only";
import type pg from "pg";
import { AUDIT_LOG_BASE_COLUMNS, AUDIT_LOG_COLUMNS, toAuditLogRow, type AuditLogRow, type AuditLogSqlRow } from "./query/audit-log-row";

// One event for the detail drawer, and "events around this one": the same tenant (or, for an
// event without one, other tenant-less events) within five minutes either side.

export const AROUND_MINUTES = 5;
const AROUND_EACH_SIDE = 25;

export const AUDIT_EVENT_ID = /^[1-9]\d{0,18}$/;

export type EventsAround = { before: AuditLogRow[]; after: AuditLogRow[]; from: string; to: string };

function withTenant(inner: string, order: "ASC" | "DESC"): string {
  return `SELECT ${AUDIT_LOG_COLUMNS} FROM (${inner}) a LEFT JOIN tenants t ON t.id = a.tenant_id ORDER BY a.created_at ${order}, a.id ${order}`;
}

export async function getAuditEvent(client: pg.ClientBase, id: string): Promise<AuditLogRow | null> {
  if (!AUDIT_EVENT_ID.test(id) || BigInt(id) > 9_223_372_036_854_775_807n) return null;
  const { rows } = await client.query<AuditLogSqlRow>(
    withTenant(`SELECT ${AUDIT_LOG_BASE_COLUMNS} FROM audit_logs WHERE id = $1::bigint`, "DESC"),
    [id],
  );
  return rows[0] ? toAuditLogRow(rows[0]) : null;
}

/** Up to 25 events on each side of `event`, nearest first on each side, within ±5 minutes. */
export async function listEventsAround(client: pg.ClientBase, event: AuditLogRow): Promise<EventsAround> {
  const at = new Date(event.createdAt);
  const from = new Date(at.getTime() - AROUND_MINUTES * 60_000).toISOString();
  const to = new Date(at.getTime() + AROUND_MINUTES * 60_000).toISOString();
  const tenant = event.tenantId ? "tenant_id = $1::uuid" : "tenant_id IS NULL AND $1::uuid IS NULL";
  const params = [event.tenantId, event.createdAt, event.id, from, to, AROUND_EACH_SIDE];
  const side = (comparison: string, order: "ASC" | "DESC") =>
    withTenant(
      `SELECT ${AUDIT_LOG_BASE_COLUMNS} FROM audit_logs
        WHERE ${tenant} AND created_at >= $4::timestamptz AND created_at <= $5::timestamptz
          AND (created_at, id) ${comparison} ($2::timestamptz, $3::bigint)
        ORDER BY created_at ${order}, id ${order} LIMIT $6`,
      order,
    );
  const before = await client.query<AuditLogSqlRow>(side("<", "DESC"), params);
  const after = await client.query<AuditLogSqlRow>(side(">", "ASC"), params);
  return { before: before.rows.map(toAuditLogRow), after: after.rows.map(toAuditLogRow), from, to };
}

export type AuditEventDetail = { event: AuditLogRow; around: EventsAround };

/** The drawer's content: the event and its neighbours, or null when no event has that id. */
export async function getAuditEventDetail(client: pg.ClientBase, id: string): Promise<AuditEventDetail | null> {
  const event = await getAuditEvent(client, id);
  if (!event) return null;
  return { event, around: await listEventsAround(client, event) };
}
