import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { DomainError, type DomainErrorCode } from "../domain/domain-error";
import type { PrismaClient } from "../generated/prisma/client";
import type { BillingInterval, PlanStatus, SubscriptionStatus, UsageMetric } from "../generated/prisma/enums";
import { queryRows } from "../testing/sql";

// Factories and assertions shared by the lib/billing, lib/plans and lib/subscriptions integration
// tests (with useStaffDatabase and friends from lib/staff/staff-test-kit.ts).

export async function insertTenant(prisma: PrismaClient, name = "Acme Robotics") {
  const suffix = randomUUID().slice(0, 8);
  return prisma.tenant.create({ data: { name, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${suffix}`, status: "active" } });
}

type PlanSeed = {
  name?: string;
  slug?: string;
  priceMonthly?: string;
  priceYearly?: string;
  currency?: string;
  status?: PlanStatus;
  limits?: Partial<Record<UsageMetric, number>>;
};

export async function insertPlan(prisma: PrismaClient, seed: PlanSeed = {}) {
  const suffix = randomUUID().slice(0, 8);
  const name = seed.name ?? `Plan ${suffix}`;
  return prisma.plan.create({
    data: {
      name,
      slug: seed.slug ?? `${name.toLowerCase().replace(/\W+/g, "-")}-${suffix}`,
      priceMonthly: seed.priceMonthly ?? "49.00",
      priceYearly: seed.priceYearly ?? "490.00",
      currency: seed.currency ?? "USD",
      status: seed.status ?? "active",
      limits: { create: Object.entries(seed.limits ?? {}).map(([metric, limit]) => ({ metric: metric as UsageMetric, limit: BigInt(limit) })) },
    },
  });
}

type SubscriptionSeed = {
  tenantId: string;
  planId: string;
  status?: SubscriptionStatus;
  billingInterval?: BillingInterval;
  currentPeriodStart?: Date;
  currentPeriodEnd?: Date;
  trialEndsAt?: Date | null;
  cancelAtPeriodEnd?: boolean;
  canceledAt?: Date | null;
  endedAt?: Date | null;
  createdAt?: Date;
};

export async function insertSubscription(prisma: PrismaClient, seed: SubscriptionSeed) {
  return prisma.subscription.create({
    data: {
      status: "active",
      billingInterval: "month",
      currentPeriodStart: new Date("2026-11-01T00:00:00.000Z"),
      currentPeriodEnd: new Date("2026-12-01T00:00:00.000Z"),
      ...seed,
    },
  });
}

/** One usage record per day from `from`, with the given quantities in order. */
export async function insertDailyUsage(prisma: PrismaClient, tenantId: string, metric: UsageMetric, from: Date, quantities: (number | bigint)[]) {
  await prisma.usageRecord.createMany({
    data: quantities.map((quantity, day) => ({
      tenantId,
      metric,
      quantity: BigInt(quantity),
      periodStart: new Date(from.getTime() + day * 86_400_000),
      periodEnd: new Date(from.getTime() + (day + 1) * 86_400_000),
    })),
  });
}

export async function expectDomainError(promise: Promise<unknown>, code: DomainErrorCode): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, `expected a DomainError "${code}"`).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}

export type BillingAuditRow = { tenant_id: string | null; actor_id: string | null; action: string; resource_type: string | null; details: Record<string, unknown> };

/** The audit rows about one plan or subscription, oldest first. */
export function billingAuditRows(url: string, resourceId: string): Promise<BillingAuditRow[]> {
  return queryRows<BillingAuditRow>(
    url,
    "SELECT tenant_id::text, actor_id, action, resource_type, details FROM audit_logs WHERE resource_id = $1 ORDER BY id",
    [resourceId],
  );
}

export async function countAuditRows(url: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(url, "SELECT count(*)::int AS n FROM audit_logs");
  return row!.n;
}
