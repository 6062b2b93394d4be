import { describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "../generated/prisma/client";
import type { UsageMetric } from "../generated/prisma/enums";
import { insertStaff, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { getTenantOverview } from "./get-tenant-overview";
import {
  expectDomainError, insertAgent, insertApiKey, insertExecution, insertPlan, insertSubscription, insertTenant, insertUser, insertWorkflow,
} from "./tenant-test-kit";

vi.mock("server-only", () => ({}));

const NOW = new Date("2026-11-20T09:30:00.000Z");
const day = (date: string) => new Date(`${date}T00:00:00.000Z`);
const minutesAgo = (n: number) => new Date(NOW.getTime() - n * 60_000);

async function usage(prisma: PrismaClient, tenantId: string, metric: UsageMetric, date: string, quantity: bigint | number) {
  const periodStart = day(date);
  await prisma.usageRecord.create({ data: { tenantId, metric, quantity, periodStart, periodEnd: new Date(periodStart.getTime() + 86_400_000) } });
}

async function insertFixture(prisma: PrismaClient) {
  const tenant = await insertTenant(prisma, { name: "Overview Co", slug: "overview-co", billingEmail: "ap@overview.test", settings: { region: "eu" } });
  const neighbour = await insertTenant(prisma);

  const scale = await insertPlan(prisma, { executions: 1_000, tokens: 10_000_000_000, seats: 10 }, { name: "Scale", slug: "scale-x", priceMonthly: "99.00", priceYearly: "990.50", currency: "EUR" });
  const other = await insertPlan(prisma, {}, { name: "Other" });
  const current = await insertSubscription(prisma, tenant.id, scale.id, { createdAt: day("2026-10-01") });
  await insertSubscription(prisma, tenant.id, other.id, { status: "canceled", createdAt: day("2026-11-01") });
  await insertSubscription(prisma, tenant.id, other.id, { endedAt: day("2026-11-06"), createdAt: day("2026-11-05") });

  await usage(prisma, tenant.id, "executions", "2026-11-19", 100);
  await usage(prisma, tenant.id, "executions", "2026-11-01", 50);
  await usage(prisma, tenant.id, "executions", "2026-10-01", 30);
  await usage(prisma, tenant.id, "executions", "2026-08-22", 999); // one day before the 90-day window
  await usage(prisma, tenant.id, "tokens", "2026-11-19", 5_000_000_000n);
  await usage(prisma, tenant.id, "seats", "2026-11-18", 4);
  await usage(prisma, tenant.id, "seats", "2026-11-19", 5);
  await usage(prisma, neighbour.id, "executions", "2026-11-19", 7);

  for (let i = 0; i < 12; i += 1) await insertUser(prisma, tenant.id, { email: `u${i}@overview.test`, isActive: i !== 11, createdAt: minutesAgo(1_000 - i) });
  await insertUser(prisma, neighbour.id);
  for (let i = 0; i < 2; i += 1) await prisma.project.create({ data: { tenantId: tenant.id, name: `Project ${i}`, createdAt: minutesAgo(900 - i) } });
  const agent = await insertAgent(prisma, tenant.id, { name: "Support Bot", status: "active" });
  await insertAgent(prisma, tenant.id, { name: "Draft Bot" });
  await insertAgent(prisma, tenant.id, { name: "Paused Bot", status: "paused" });
  const workflow = await insertWorkflow(prisma, tenant.id, { name: "Nightly ETL" });

  for (let i = 0; i < 21; i += 1) {
    await insertExecution(prisma, tenant.id, { agentId: agent.id, status: "completed", createdAt: minutesAgo(100 + i) });
  }
  await insertExecution(prisma, tenant.id, {
    workflowId: workflow.id, status: "running", startedAt: minutesAgo(5), durationMs: 1_234, tokensUsed: 4_321, cost: "0.012345", currency: "EUR", createdAt: minutesAgo(6),
  });
  await insertExecution(prisma, neighbour.id, { status: "running", createdAt: minutesAgo(1) });

  await insertApiKey(prisma, tenant.id, { name: "Live", scopes: ["agents:run"], createdAt: minutesAgo(30) });
  await insertApiKey(prisma, tenant.id, { name: "Old", expiresAt: minutesAgo(60), createdAt: minutesAgo(40) });
  await insertApiKey(prisma, tenant.id, { name: "Leaked", revokedAt: minutesAgo(10), createdAt: minutesAgo(50) });

  for (let i = 0; i < 22; i += 1) {
    await prisma.auditLog.create({ data: { tenantId: tenant.id, actorEmail: "owner@overview.test", action: `agent.event_${i}`, resourceType: "agent", resourceId: agent.id } });
  }
  await prisma.auditLog.create({ data: { tenantId: neighbour.id, action: "agent.elsewhere" } });
  return { tenant, current, agent, workflow };
}

describe("getTenantOverview", () => {
  const db = useStaffDatabase();

  it("gathers the profile, subscription, usage, workspace, executions, keys and audit events of one tenant", async () => {
    const actor = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const { tenant, current, workflow } = await insertFixture(db.prisma);

    const overview = await getTenantOverview({ actor, prisma: db.prisma, now: NOW, tenantId: tenant.id });

    expect(overview.profile).toEqual(await db.prisma.tenant.findUniqueOrThrow({ where: { id: tenant.id } }));
    expect(overview.subscription).toMatchObject({
      id: current.id, status: "active",
      plan: { name: "Scale", slug: "scale-x", priceMonthly: "99.00", priceYearly: "990.50", currency: "EUR" },
      limits: [{ metric: "executions", limit: 1_000 }, { metric: "tokens", limit: 10_000_000_000 }, { metric: "seats", limit: 10 }],
    });

    const byMetric = Object.fromEntries(overview.usage.map((row) => [row.metric, row]));
    expect(Object.keys(byMetric)).toEqual(["executions", "tokens", "api_calls", "seats", "agents"]);
    const executions = byMetric.executions!;
    expect(executions).toMatchObject({ kind: "flow", limit: 1_000 });
    expect(executions.last90).toMatchObject({ from: "2026-08-23", to: "2026-11-20", total: 180, latest: 100 });
    expect(executions.last30).toMatchObject({ from: "2026-10-22", to: "2026-11-20", total: 150, latest: 100 });
    expect(executions.last90.series).toHaveLength(90);
    expect(executions.last30.series.slice(-3)).toEqual([
      { date: "2026-11-18", quantity: 0 }, { date: "2026-11-19", quantity: 100 }, { date: "2026-11-20", quantity: 0 },
    ]);
    expect(byMetric.tokens!.last30).toMatchObject({ total: 5_000_000_000 });
    expect(byMetric.seats).toMatchObject({ kind: "gauge", limit: 10, last30: { total: 9, latest: 5 } });
    // A standing count nobody recorded is unknown, not zero.
    expect(byMetric.seats!.last30.series.slice(-3)).toEqual([
      { date: "2026-11-18", quantity: 4 }, { date: "2026-11-19", quantity: 5 }, { date: "2026-11-20", quantity: null },
    ]);
    expect(byMetric.api_calls).toMatchObject({ limit: null, last90: { total: 0, latest: null } });

    expect(overview.users.count).toBe(12);
    expect(overview.users.latest.map((user) => user.email)).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2].map((i) => `u${i}@overview.test`));
    expect(overview.users.latest[0]).not.toHaveProperty("hashedPassword");
    expect(overview.projects).toMatchObject({ count: 2, latest: [{ name: "Project 1" }, { name: "Project 0" }] });
    expect(overview.agents.count).toBe(3);
    expect(overview.workflows).toMatchObject({ count: 1, latest: [{ id: workflow.id, name: "Nightly ETL" }] });

    expect(overview.executions).toHaveLength(20);
    expect(overview.executions[0]).toMatchObject({
      type: "workflow", status: "running", name: "Nightly ETL", workflowId: workflow.id, agentId: null,
      startedAt: minutesAgo(5), durationMs: 1_234, tokensUsed: 4_321, cost: "0.012345", currency: "EUR",
    });
    expect(overview.executions[1]).toMatchObject({ type: "agent", name: "Support Bot", cost: "0.000000", currency: "USD" });

    expect(overview.apiKeys.total).toBe(3);
    expect(overview.apiKeys.keys.map((key) => [key.name, key.status])).toEqual([["Live", "active"], ["Old", "expired"], ["Leaked", "revoked"]]);
    expect(overview.apiKeys.keys[0]).toMatchObject({ scopes: ["agents:run"], prefix: expect.stringMatching(/^af_/) });
    expect(overview.apiKeys.keys[0]).not.toHaveProperty("keyHash");

    expect(overview.auditEvents).toHaveLength(20);
    expect(overview.auditEvents[0]).toMatchObject({ id: expect.stringMatching(/^\d+$/), action: "agent.event_21", actorEmail: "owner@overview.test", resourceType: "agent" });
    expect(overview.auditEvents.at(-1)!.action).toBe("agent.event_2");
  });

  it("has no subscription, limits or usage for a bare tenant", async () => {
    const actor = sessionOf(await insertStaff(db.prisma, { role: "admin" }));
    const tenant = await insertTenant(db.prisma);
    const overview = await getTenantOverview({ actor, prisma: db.prisma, now: NOW, tenantId: tenant.id });
    expect(overview.subscription).toBeNull();
    expect(overview.usage.every((row) => row.limit === null && row.last90.total === 0)).toBe(true);
    expect(overview).toMatchObject({ users: { count: 0, latest: [] }, executions: [], apiKeys: { total: 0, keys: [] }, auditEvents: [] });
  });

  it("answers not_found for an unknown id and for one that is not a uuid", async () => {
    const actor = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    for (const tenantId of ["00000000-0000-4000-8000-000000000000", "not-a-uuid", "", "1; DROP TABLE tenants"]) {
      const error = await expectDomainError(getTenantOverview({ actor, prisma: db.prisma, tenantId }), "not_found");
      expect(error.status).toBe(404);
    }
  });
});
