import "server-only";
import { getPrisma } from "../db";
import type { PrismaClient } from "../generated/prisma/client";

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
export async function getLatestAuditEvents(options: { prisma?: PrismaClient; limit?: number; tenantId?: string } = {}): Promise<LatestAuditEvent[]> {
  const prisma = options.prisma ?? getPrisma();
  const rows = await prisma.auditLog.findMany({
    where: options.tenantId ? { tenantId: options.tenantId } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit ?? 8,
    select: { id: true, createdAt: true, action: true, actorEmail: true, actorType: true, tenantId: true, resourceType: true, resourceId: true },
  });
  return rows.map((row) => ({ ...row, id: row.id.toString() }));
}
