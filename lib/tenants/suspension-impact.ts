import "server-only";
import type { TransactionClient } from "../audit/run-audited";
import type { PrismaClient } from "../generated/prisma/client";
import { currentSubscriptionOrderBy, currentSubscriptionWhere } from "../billing/current-subscription";
import { countOf } from "../format/count-of";

// What suspending a tenant touches, counted once for the preview and again, under the row lock,
// for the audit row of the suspension itself.

export type SuspensionImpact = {
  activeUsers: number;
  activeApiKeys: number;
  activeAgents: number;
  activeWorkflows: number;
  runningExecutions: number;
  pendingExecutions: number;
  subscription: { planName: string; status: string } | null;
};

type Counts = Omit<SuspensionImpact, "subscription">;

export async function countSuspensionImpact(db: PrismaClient | TransactionClient, tenantId: string, now: Date): Promise<SuspensionImpact> {
  // One round trip; each count walks a (tenant_id, …) index of one tenant. Sequential, because
  // a transaction client has one connection.
  const [counts] = await db.$queryRaw<Counts[]>`
      SELECT
        (SELECT count(*) FROM users WHERE tenant_id = ${tenantId}::uuid AND is_active)::int AS "activeUsers",
        (SELECT count(*) FROM api_keys WHERE tenant_id = ${tenantId}::uuid AND revoked_at IS NULL
           AND (expires_at IS NULL OR expires_at > ${now}))::int AS "activeApiKeys",
        (SELECT count(*) FROM agents WHERE tenant_id = ${tenantId}::uuid AND status = 'active')::int AS "activeAgents",
        (SELECT count(*) FROM workflows WHERE tenant_id = ${tenantId}::uuid AND status = 'active')::int AS "activeWorkflows",
        (SELECT count(*) FROM executions WHERE tenant_id = ${tenantId}::uuid AND status = 'running')::int AS "runningExecutions",
        (SELECT count(*) FROM executions WHERE tenant_id = ${tenantId}::uuid AND status = 'pending')::int AS "pendingExecutions"`;
  const subscription = await db.subscription.findFirst({
    where: { tenantId, ...currentSubscriptionWhere },
    orderBy: currentSubscriptionOrderBy,
    select: { status: true, plan: { select: { name: true } } },
  });
  return { ...counts!, subscription: subscription ? { planName: subscription.plan.name, status: subscription.status } : null };
}

/** Plain sentences for the confirmation dialog; counts of zero are left out. */
export function describeSuspensionImpact(tenantName: string, impact: SuspensionImpact): string[] {
  const sentences: string[] = [];
  if (impact.activeUsers > 0) {
    sentences.push(`${countOf(impact.activeUsers, "active user", "active users")} of ${tenantName} ${impact.activeUsers === 1 ? "loses" : "lose"} access.`);
  }
  if (impact.activeApiKeys > 0) {
    sentences.push(`${countOf(impact.activeApiKeys, "active API key stops", "active API keys stop")} working.`);
  }
  if (impact.activeAgents > 0 || impact.activeWorkflows > 0) {
    const parts = [
      impact.activeAgents > 0 ? countOf(impact.activeAgents, "active agent", "active agents") : null,
      impact.activeWorkflows > 0 ? countOf(impact.activeWorkflows, "active workflow", "active workflows") : null,
    ].filter(Boolean);
    sentences.push(`${parts.join(" and ")} ${impact.activeAgents + impact.activeWorkflows === 1 ? "stops" : "stop"} running.`);
  }
  const { runningExecutions: running, pendingExecutions: pending } = impact;
  if (running > 0 && pending > 0) {
    sentences.push(`${countOf(running, "execution is", "executions are")} running and ${countOf(pending, "is", "are")} waiting to start right now.`);
  } else if (running > 0) {
    sentences.push(`${countOf(running, "execution is", "executions are")} running right now.`);
  } else if (pending > 0) {
    sentences.push(`${countOf(pending, "execution is", "executions are")} waiting to start right now.`);
  }
  if (sentences.length === 0) sentences.push(`${tenantName} has no active users, API keys, agents, workflows or executions.`);
  sentences.push(
    impact.subscription
      ? `The ${impact.subscription.planName} subscription (${impact.subscription.status.replace("_", " ")}) is not changed: cancel it separately if billing should stop.`
      : `${tenantName} has no current subscription.`,
  );
  return sentences;
}
