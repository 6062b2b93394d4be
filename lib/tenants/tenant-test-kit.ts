import { createHash, randomUUID } from "node:crypto";
import { expect } from "vitest";
import { DomainError, type DomainErrorCode } from "../domain/domain-error";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { UsageMetric } from "../generated/prisma/enums";
import { queryRows } from "../testing/sql";

// Shared by the lib/tenants, lib/tenant-users and lib/blueprints integration tests. Databases,
// staff and sessions come from lib/staff/staff-test-kit.ts.

export async function expectDomainError(promise: Promise<unknown>, code: DomainErrorCode): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, `expected a DomainError "${code}"`).toBeInstanceOf(DomainError);
  expect((error as DomainError).code, (error as DomainError).message).toBe(code);
  return error as DomainError;
}

export function insertTenant(prisma: PrismaClient, data: Partial<Prisma.TenantUncheckedCreateInput> = {}) {
  const suffix = randomUUID().slice(0, 8);
  return prisma.tenant.create({ data: { name: `Tenant ${suffix}`, slug: `tenant-${suffix}`, status: "active", ...data } });
}

export function insertUser(prisma: PrismaClient, tenantId: string, data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const suffix = randomUUID().slice(0, 8);
  return prisma.user.create({ data: { tenantId, email: `user.${suffix}@tenant.test`, name: `User ${suffix}`, ...data } });
}

export async function insertPlan(prisma: PrismaClient, limits: Partial<Record<UsageMetric, number>> = {}, data: Partial<Prisma.PlanCreateInput> = {}) {
  const suffix = randomUUID().slice(0, 8);
  return prisma.plan.create({
    data: {
      name: `Plan ${suffix}`, slug: `plan-${suffix}`, priceMonthly: "49.00", priceYearly: "490.00", ...data,
      limits: { create: Object.entries(limits).map(([metric, limit]) => ({ metric: metric as UsageMetric, limit })) },
    },
  });
}

export function insertSubscription(prisma: PrismaClient, tenantId: string, planId: string, data: Partial<Prisma.SubscriptionUncheckedCreateInput> = {}) {
  return prisma.subscription.create({
    data: {
      tenantId, planId, status: "active",
      currentPeriodStart: new Date("2026-11-01T00:00:00Z"), currentPeriodEnd: new Date("2026-12-01T00:00:00Z"), ...data,
    },
  });
}

export function insertApiKey(prisma: PrismaClient, tenantId: string, data: Partial<Prisma.ApiKeyUncheckedCreateInput> = {}) {
  const secret = randomUUID();
  return prisma.apiKey.create({
    data: { tenantId, name: "Key", keyPrefix: `af_${secret.slice(0, 12)}`, keyHash: createHash("sha256").update(secret).digest("hex"), ...data },
  });
}

export function insertAgent(prisma: PrismaClient, tenantId: string, data: Partial<Prisma.AgentUncheckedCreateInput> = {}) {
  return prisma.agent.create({ data: { tenantId, name: "Agent", model: "gpt-test", ...data } });
}

export function insertWorkflow(prisma: PrismaClient, tenantId: string, data: Partial<Prisma.WorkflowUncheckedCreateInput> = {}) {
  return prisma.workflow.create({ data: { tenantId, name: "Workflow", ...data } });
}

export function insertExecution(prisma: PrismaClient, tenantId: string, data: Partial<Prisma.ExecutionUncheckedCreateInput> = {}) {
  return prisma.execution.create({ data: { tenantId, executionType: data.workflowId ? "workflow" : "agent", ...data } });
}

export type TenantAuditRow = {
  tenant_id: string | null;
  actor_type: string;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  details: Record<string, unknown>;
  ip: string | null;
};

export function tenantAuditRows(url: string, resourceId: string): Promise<TenantAuditRow[]> {
  return queryRows<TenantAuditRow>(
    url,
    `SELECT tenant_id::text, actor_type::text, actor_id, actor_email, action, resource_type, resource_id, details, host(ip_address) AS ip
     FROM audit_logs WHERE resource_id = $1 ORDER BY id`,
    [resourceId],
  );
}

export async function countAll(url: string, table: "audit_logs" | "tenants" | "users" | "blueprints"): Promise<number> {
  const [row] = await queryRows<{ n: number }>(url, `SELECT count(*)::int AS n FROM ${table}`);
  return row!.n;
}
