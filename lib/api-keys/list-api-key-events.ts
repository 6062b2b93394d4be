import "server-only";
import { z } from "zod";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";

// The key's own history from the audit trail: who created, rotated or revoked it, and when.

export type ApiKeyEvent = {
  id: string;
  action: string;
  actorType: string;
  actorEmail: string | null;
  details: Record<string, unknown>;
  ipAddress: string | null;
  createdAt: Date;
};

export const API_KEY_EVENT_LIMIT = 20;

export async function listApiKeyEvents(options: ReadOptions & { keyId: string; limit?: number }): Promise<ApiKeyEvent[]> {
  assertPermission(options.actor, "api_keys.view");
  if (!z.uuid().safeParse(options.keyId).success) return [];
  const rows = await resolvePrisma(options).auditLog.findMany({
    where: { resourceType: "api_key", resourceId: options.keyId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.limit ?? API_KEY_EVENT_LIMIT, 100),
    select: { id: true, action: true, actorType: true, actorEmail: true, details: true, ipAddress: true, createdAt: true },
  });
  return rows.map((row) => ({
    id: row.id.toString(),
    action: row.action,
    actorType: String(row.actorType),
    actorEmail: row.actorEmail,
    details: row.details && typeof row.details === "object" && !Array.isArray(row.details) ? (row.details as Record<string, unknown>) : {},
    ipAddress: row.ipAddress,
    createdAt: row.createdAt,
  }));
}
