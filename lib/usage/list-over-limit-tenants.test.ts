import { describe, expect, it, vi } from "vitest";
import type { StaffRole } from "../auth/permissions";
import { usageWindow } from "../billing/billing-period";
import { expectDomainError, insertDailyUsage, insertPlan, insertSubscription, insertTenant } from "../billing/billing-test-kit";
import { runSql } from "../testing/sql";
import { insertAdminSession, useStaffDatabase } from "../staff/staff-test-kit";
import { listOverLimitTenants, OVER_LIMIT_MAX_ROWS } from "./list-over-limit-tenants";

vi.mock("server-only", () => ({}));

const NOW = new Date("2026-11-20T09:30:00.000Z");
const day = (date: string) => new Date(`${date}T00:00:00.000Z`);

describe("listOverLimitTenants", () => {
  const db = useStaffDatabase();

  it("finds usage above the current plan's limits in the billing month, most over first", async () => {
    const actor = await insertAdminSession(db.prisma);
    const pro = await insertPlan(db.prisma, { name: "Pro", limits: { executions: 100, tokens: 1_000, seats: 5, agents: 3 } });
    const tiny = await insertPlan(db.prisma, { name: "Tiny", limits: { executions: 1 } });
    const free = await insertPlan(db.prisma, { name: "Free", limits: { agents: 0 } });

    // Monthly, Nov 1 – Dec 1: executions 10 × 15 = 150 (Oct 31 is before the period); tokens under;
    // seats were 9 but are 4 now; agents 6 of 3; API calls are not limited.
    const acme = await insertTenant(db.prisma, "Acme Robotics");
    await insertSubscription(db.prisma, { tenantId: acme.id, planId: pro.id });
    await insertDailyUsage(db.prisma, acme.id, "executions", day("2026-10-31"), [1_000, ...Array<number>(10).fill(15)]);
    await insertDailyUsage(db.prisma, acme.id, "tokens", day("2026-11-01"), [900]);
    await insertDailyUsage(db.prisma, acme.id, "seats", day("2026-11-02"), [9, 4]);
    await insertDailyUsage(db.prisma, acme.id, "agents", day("2026-11-05"), [6]);
    await insertDailyUsage(db.prisma, acme.id, "api_calls", day("2026-11-05"), [1_000_000]);

    // Yearly from Jan 31 10:00: the billing month holding Nov 20 is Oct 31 10:00 – Nov 30 10:00,
    // so the Oct 31 00:00 record is outside and the year's earlier usage does not count.
    const yearly = { billingInterval: "year" as const, currentPeriodStart: new Date("2026-01-31T10:00:00.000Z"), currentPeriodEnd: new Date("2027-01-31T10:00:00.000Z") };
    const beta = await insertTenant(db.prisma, "Beta Labs");
    await insertSubscription(db.prisma, { tenantId: beta.id, planId: pro.id, ...yearly });
    await insertDailyUsage(db.prisma, beta.id, "executions", day("2026-10-31"), [500, 60, 60]);
    await insertDailyUsage(db.prisma, beta.id, "executions", day("2026-03-01"), [5_000]);

    // The newest subscription was canceled and another one has ended: the current one is Pro.
    const gamma = await insertTenant(db.prisma, "Gamma Works");
    await insertSubscription(db.prisma, { tenantId: gamma.id, planId: pro.id, createdAt: day("2026-10-01") });
    await insertSubscription(db.prisma, { tenantId: gamma.id, planId: tiny.id, status: "canceled", createdAt: day("2026-11-02") });
    await insertSubscription(db.prisma, { tenantId: gamma.id, planId: tiny.id, endedAt: day("2026-11-03"), createdAt: day("2026-11-03") });
    await insertDailyUsage(db.prisma, gamma.id, "executions", day("2026-11-10"), [300]);

    // A limit of 0 with any usage is listed first; no current subscription, or exactly at the limit, is not listed.
    const delta = await insertTenant(db.prisma, "Delta Free");
    await insertSubscription(db.prisma, { tenantId: delta.id, planId: free.id });
    await insertDailyUsage(db.prisma, delta.id, "agents", day("2026-11-03"), [1]);
    const gone = await insertTenant(db.prisma, "Gone Co");
    await insertSubscription(db.prisma, { tenantId: gone.id, planId: tiny.id, status: "canceled" });
    await insertDailyUsage(db.prisma, gone.id, "executions", day("2026-11-03"), [1_000]);
    const exact = await insertTenant(db.prisma, "Exact Co");
    await insertSubscription(db.prisma, { tenantId: exact.id, planId: pro.id });
    await insertDailyUsage(db.prisma, exact.id, "executions", day("2026-11-03"), [60, 40]);

    const result = await listOverLimitTenants({ actor, prisma: db.prisma, now: NOW });
    expect(result.truncated).toBe(false);
    expect(result.rows.map((row) => [row.tenant.name, row.plan.name, row.metric, row.usage, row.limit, row.percent])).toEqual([
      ["Delta Free", "Free", "agents", "1", "0", null],
      ["Gamma Works", "Pro", "executions", "300", "100", 300],
      ["Acme Robotics", "Pro", "agents", "6", "3", 200],
      ["Acme Robotics", "Pro", "executions", "150", "100", 150],
      ["Beta Labs", "Pro", "executions", "120", "100", 120],
    ]);
    const betaRow = result.rows.find((row) => row.tenant.id === beta.id)!;
    expect(betaRow.window).toEqual(usageWindow(yearly, NOW));
    expect(betaRow.tenant.slug).toBe(beta.slug);
    expect(result.rows.find((row) => row.tenant.id === acme.id)!.window).toEqual({ from: day("2026-11-01"), to: day("2026-12-01") });

    const onlyAcme = await listOverLimitTenants({ actor, prisma: db.prisma, now: NOW, tenantId: acme.id });
    expect(onlyAcme.rows.map((row) => [row.tenant.id, row.metric])).toEqual([[acme.id, "agents"], [acme.id, "executions"]]);
  });

  it("matches usageWindow for yearly periods at month ends and in the last month", async () => {
    const actor = await insertAdminSession(db.prisma);
    const plan = await insertPlan(db.prisma, { limits: { executions: 0 } });
    const cases = [
      { start: "2026-01-31T10:00:00.000Z", end: "2027-01-31T10:00:00.000Z", now: "2026-03-15T00:00:00.000Z" },
      { start: "2026-01-31T10:00:00.000Z", end: "2027-01-31T10:00:00.000Z", now: "2026-02-28T10:00:00.000Z" },
      { start: "2025-12-15T00:00:00.000Z", end: "2026-12-15T00:00:00.000Z", now: "2026-12-01T00:00:00.000Z" },
      { start: "2026-11-20T09:30:00.000Z", end: "2027-11-20T09:30:00.000Z", now: "2026-11-20T09:30:00.000Z" },
    ];
    for (const [i, example] of cases.entries()) {
      await db.prisma.subscription.deleteMany();
      const tenant = await insertTenant(db.prisma, `Yearly ${i}`);
      const subscription = { billingInterval: "year" as const, currentPeriodStart: new Date(example.start), currentPeriodEnd: new Date(example.end) };
      await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id, ...subscription });
      const expected = usageWindow(subscription, new Date(example.now));
      await insertDailyUsage(db.prisma, tenant.id, "executions", expected.from, [1]);
      const { rows } = await listOverLimitTenants({ actor, prisma: db.prisma, now: new Date(example.now) });
      expect(rows.map((row) => row.window), example.now).toEqual([expected]);
    }
  });

  it(`stops at ${OVER_LIMIT_MAX_ROWS} rows and says so`, async () => {
    const actor = await insertAdminSession(db.prisma);
    const plan = await insertPlan(db.prisma, { limits: { executions: 1 } });
    await runSql(db.url, `
      WITH t AS (
        INSERT INTO tenants (id, name, slug, status, updated_at)
        SELECT gen_random_uuid(), 'Bulk ' || n, 'bulk-' || n, 'active', now() FROM generate_series(1, ${OVER_LIMIT_MAX_ROWS + 1}) n
        RETURNING id
      ), s AS (
        INSERT INTO subscriptions (id, tenant_id, plan_id, status, current_period_start, current_period_end, updated_at)
        SELECT gen_random_uuid(), id, '${plan.id}', 'active', '2026-11-01', '2026-12-01', now() FROM t
      )
      INSERT INTO usage_records (tenant_id, metric, quantity, period_start, period_end)
      SELECT id, 'executions', 2, '2026-11-02', '2026-11-03' FROM t`);
    const result = await listOverLimitTenants({ actor, prisma: db.prisma, now: NOW });
    expect(result.rows).toHaveLength(OVER_LIMIT_MAX_ROWS);
    expect(result.truncated).toBe(true);
  });

  it("refuses a role without billing.view and a malformed tenant id", async () => {
    const actor = await insertAdminSession(db.prisma);
    await expectDomainError(listOverLimitTenants({ actor: { ...actor, role: "viewer" as StaffRole }, prisma: db.prisma }), "forbidden");
    await expectDomainError(listOverLimitTenants({ actor, prisma: db.prisma, tenantId: "acme" }), "invalid_input");
  });
});
