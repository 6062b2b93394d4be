import "server-only";
import type { TransactionClient } from "../audit/run-audited";
import { assertUnchangedSince } from "../domain/call-options";
import { DomainError, notFound } from "../domain/domain-error";
import type { UsageMetric } from "../generated/prisma/enums";
import { planSelect, toPlanView, type PlanRecord } from "./plan-view";

// Row locks and checks shared by the plan mutations: lock first, then check, then write.

export async function lockPlan(tx: TransactionClient, planId: string): Promise<PlanRecord> {
  await tx.$queryRaw`SELECT 1 FROM plans WHERE id = ${planId}::uuid FOR UPDATE`;
  const record = await tx.plan.findUnique({ where: { id: planId }, select: planSelect });
  if (!record) throw notFound("This plan");
  return record;
}

export function assertPlanUnchanged(record: PlanRecord, expectedUpdatedAt: Date): void {
  assertUnchangedSince(record, expectedUpdatedAt, `the plan ${record.name}`, () => toPlanView(record));
}

export function slugTaken(): DomainError {
  return new DomainError("conflict", "Another plan already uses this slug.", { fieldErrors: { slug: ["That slug is taken."] } });
}

export async function assertSlugFree(tx: TransactionClient, slug: string, exceptPlanId?: string): Promise<void> {
  const other = await tx.plan.findFirst({ where: { slug, ...(exceptPlanId ? { id: { not: exceptPlanId } } : {}) }, select: { id: true } });
  if (other) throw slugTaken();
}

/** One PlanLimit row per limited metric; null (unlimited) deletes the row. */
export async function savePlanLimits(tx: TransactionClient, planId: string, limits: Record<UsageMetric, bigint | null>): Promise<void> {
  const entries = Object.entries(limits) as [UsageMetric, bigint | null][];
  const unlimited = entries.filter(([, limit]) => limit === null).map(([metric]) => metric);
  if (unlimited.length > 0) await tx.planLimit.deleteMany({ where: { planId, metric: { in: unlimited } } });
  for (const [metric, limit] of entries) {
    if (limit === null) continue;
    await tx.planLimit.upsert({
      where: { planId_metric: { planId, metric } },
      create: { planId, metric, limit },
      update: { limit },
    });
  }
}
