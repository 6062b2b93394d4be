import "server-only";
import { apiKeyStatus } from "../api-keys/api-key-status";
import type { PrismaClient } from "../generated/prisma/client";

// Recent activity for the tenant page, each part capped and read along a tenant-first index.

export async function loadRecentExecutions(prisma: PrismaClient, tenantId: string) {
  const rows = await prisma.execution.findMany({
    where: { tenantId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true, executionType: true, status: true, startedAt: true, completedAt: true, durationMs: true,
      tokensUsed: true, cost: true, currency: true, createdAt: true,
      agent: { select: { id: true, name: true } },
      workflow: { select: { id: true, name: true } },
    },
  });
  return rows.map(({ executionType, agent, workflow, cost, ...row }) => ({
    ...row,
    type: executionType,
    // The agent or workflow that ran; null once it has been deleted.
    name: (executionType === "agent" ? agent : workflow)?.name ?? null,
    agentId: agent?.id ?? null,
    workflowId: workflow?.id ?? null,
    cost: cost.toFixed(6),
  }));
}

export async function loadApiKeys(prisma: PrismaClient, tenantId: string, now: Date) {
  const [total, rows] = await Promise.all([
    prisma.apiKey.count({ where: { tenantId } }),
    prisma.apiKey.findMany({
      where: { tenantId },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: {
        id: true, name: true, keyPrefix: true, scopes: true, expiresAt: true, lastUsedAt: true,
        revokedAt: true, revokedReason: true, createdAt: true,
      },
    }),
  ]);
  const keys = rows.map((row) => {
    const { keyPrefix, ...rest } = row;
    return { ...rest, prefix: keyPrefix, status: apiKeyStatus(row, now) };
  });
  return { total, keys };
}

export async function loadRecentAuditEvents(prisma: PrismaClient, tenantId: string) {
  const rows = await prisma.auditLog.findMany({
    where: { tenantId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20,
    select: { id: true, createdAt: true, actorType: true, actorEmail: true, action: true, resourceType: true, resourceId: true },
  });
  return rows.map((row) => ({ ...row, id: row.id.toString() }));
}
