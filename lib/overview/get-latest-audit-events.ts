import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";

export type LatestAuditEvent = {
  id: string;
  createdAt: Date;
  action: string;
  actorEmail: string | null;
  actorType: string;
  tenantId: string | null;
  resourceType: string | null;
  resourceId: string | null;
};

/** The newest events, newest first: the (created_at, id) index serves this without sorting. */
export async function getLatestAuditEvents(options: ReadOptions & { limit?: number }): Promise<LatestAuditEvent[]> {
  assertPermission(options.actor, "audit.search");
  const rows = await resolvePrisma(options).auditLog.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit ?? 8,
    select: { id: true, createdAt: true, action: true, actorEmail: true, actorType: true, tenantId: true, resourceType: true, resourceId: true },
  });
  return rows.map((row) => ({ ...row, id: row.id.toString() }));
}
