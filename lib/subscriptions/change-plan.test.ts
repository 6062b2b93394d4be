import { describe, expect, it, vi } from "vitest";
import { billingAuditRows, countAuditRows, expectDomainError, insertDailyUsage, insertPlan, insertSubscription, insertTenant } from "../billing/billing-test-kit";
import { insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { changePlan } from "./change-plan";
import { previewPlanChange } from "./preview-plan-change";

vi.mock("server-only", () => ({}));

const NOW = new Date("2026-11-20T12:00:00.000Z");
const NOV_1 = new Date("2026-11-01T00:00:00.000Z");
const DEC_1 = new Date("2026-12-01T00:00:00.000Z");

describe("previewPlanChange and changePlan", () => {
  const db = useStaffDatabase();

  async function setup(billingInterval: "month" | "year" = "month") {
    const tenant = await insertTenant(db.prisma, "Globex");
    const pro = await insertPlan(db.prisma, { name: "Pro", priceMonthly: "199.00", priceYearly: "1990.00", limits: { executions: 100_000, seats: 50, tokens: 10_000_000 } });
    const starter = await insertPlan(db.prisma, { name: "Starter", priceMonthly: "49.00", priceYearly: "490.00", limits: { executions: 1_000, seats: 5, agents: 10 } });
    const period = billingInterval === "month" ? { currentPeriodStart: NOV_1, currentPeriodEnd: DEC_1 }
      : { currentPeriodStart: new Date("2026-03-01T00:00:00.000Z"), currentPeriodEnd: new Date("2027-03-01T00:00:00.000Z") };
    const subscription = await insertSubscription(db.prisma, { tenantId: tenant.id, planId: pro.id, billingInterval, ...period });
    return { tenant, pro, starter, subscription };
  }

  it("previews a downgrade on a monthly subscription: prices, limits and usage over the new limits", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const { tenant, pro, starter, subscription } = await setup();
    // October does not count; November's executions add up to 1,200 > 1,000; seats end at 4 ≤ 5; agents end at 12 > 10.
    await insertDailyUsage(db.prisma, tenant.id, "executions", new Date("2026-10-30T00:00:00.000Z"), [5_000, 5_000, 400, 400, 400]);
    await insertDailyUsage(db.prisma, tenant.id, "seats", NOV_1, [9, 4]);
    await insertDailyUsage(db.prisma, tenant.id, "agents", NOV_1, [3, 12]);
    await insertDailyUsage(db.prisma, tenant.id, "tokens", NOV_1, [9_000_000_000]);

    const preview = await previewPlanChange({ actor: support, prisma: db.prisma, now: NOW, input: { subscriptionId: subscription.id, planId: starter.id } });
    expect(preview).toEqual({
      subscriptionId: subscription.id, tenantId: tenant.id, billingInterval: "month",
      currentPlan: { id: pro.id, name: "Pro", slug: pro.slug }, newPlan: { id: starter.id, name: "Starter", slug: starter.slug },
      currency: "USD", currentPrice: "199.00", newPrice: "49.00", difference: "-150.00",
      limits: [
        { metric: "executions", currentLimit: "100000", newLimit: "1000" },
        { metric: "tokens", currentLimit: "10000000", newLimit: null },
        { metric: "api_calls", currentLimit: null, newLimit: null },
        { metric: "seats", currentLimit: "50", newLimit: "5" },
        { metric: "agents", currentLimit: null, newLimit: "10" },
      ],
      usageWindow: { from: NOV_1, to: DEC_1 },
      overLimit: [{ metric: "executions", usage: "1200", newLimit: "1000" }, { metric: "agents", usage: "12", newLimit: "10" }],
    });
  });

  it("previews a yearly subscription with yearly prices and this billing month's usage", async () => {
    const admin = await insertAdminSession(db.prisma);
    const { tenant, pro, starter, subscription } = await setup("year");
    await insertDailyUsage(db.prisma, tenant.id, "executions", new Date("2026-10-31T00:00:00.000Z"), [900, 900, 900]);
    const down = await previewPlanChange({ actor: admin, prisma: db.prisma, now: NOW, input: { subscriptionId: subscription.id, planId: starter.id } });
    expect(down).toMatchObject({ currentPrice: "1990.00", newPrice: "490.00", difference: "-1500.00", usageWindow: { from: NOV_1, to: DEC_1 } });
    expect(down.overLimit).toEqual([{ metric: "executions", usage: "1800", newLimit: "1000" }]);

    await changePlan({ actor: admin, request: REQUEST, prisma: db.prisma, now: NOW, input: { subscriptionId: subscription.id, planId: starter.id, expectedUpdatedAt: subscription.updatedAt } });
    const up = await previewPlanChange({ actor: admin, prisma: db.prisma, now: NOW, input: { subscriptionId: subscription.id, planId: pro.id } });
    expect(up).toMatchObject({ currentPrice: "490.00", newPrice: "1990.00", difference: "1500.00", overLimit: [] });
  });

  it("changes the plan and audits plan, prices and over-limit usage with the tenant", async () => {
    const admin = await insertAdminSession(db.prisma);
    const { tenant, pro, starter, subscription } = await setup();
    await insertDailyUsage(db.prisma, tenant.id, "seats", NOV_1, [7]);

    const result = await changePlan({ actor: admin, request: REQUEST, prisma: db.prisma, now: NOW, input: { subscriptionId: subscription.id, planId: starter.id, expectedUpdatedAt: subscription.updatedAt } });
    expect(result.subscription).toMatchObject({ plan: { id: starter.id, name: "Starter" }, price: { amount: "49.00", currency: "USD" }, monthlyRevenue: { amount: "49.00", currency: "USD" } });
    expect(result.subscription.updatedAt.getTime()).toBeGreaterThan(subscription.updatedAt.getTime());
    expect(await billingAuditRows(db.url, subscription.id)).toEqual([{
      tenant_id: tenant.id, actor_id: admin.id, action: "subscription.change_plan", resource_type: "subscription",
      details: {
        before: { planId: pro.id, planName: "Pro", price: "199.00" }, after: { planId: starter.id, planName: "Starter", price: "49.00" },
        billingInterval: "month", currency: "USD", difference: "-150.00", overLimit: [{ metric: "seats", usage: "7", newLimit: "5" }],
      },
    }]);
  });

  it("refuses the same plan, an archived plan, another currency and an ended subscription", async () => {
    const admin = await insertAdminSession(db.prisma);
    const { tenant, pro, subscription } = await setup();
    const archived = await insertPlan(db.prisma, { name: "Legacy", status: "archived" });
    const euro = await insertPlan(db.prisma, { name: "Euro", currency: "EUR" });
    const input = { subscriptionId: subscription.id, expectedUpdatedAt: subscription.updatedAt };

    await expectDomainError(previewPlanChange({ actor: admin, prisma: db.prisma, input: { subscriptionId: subscription.id, planId: pro.id } }), "no_change");
    const old = await expectDomainError(changePlan({ actor: admin, request: REQUEST, prisma: db.prisma, input: { ...input, planId: archived.id } }), "conflict");
    expect(old.message).toBe("Legacy is archived, so no subscription can move to it. Choose an active plan.");
    await expectDomainError(previewPlanChange({ actor: admin, prisma: db.prisma, input: { subscriptionId: subscription.id, planId: euro.id } }), "conflict");
    await expectDomainError(previewPlanChange({ actor: admin, prisma: db.prisma, input: { subscriptionId: subscription.id, planId: "00000000-0000-4000-8000-000000000000" } }), "not_found");

    const ended = await insertSubscription(db.prisma, { tenantId: tenant.id, planId: pro.id, status: "canceled", endedAt: NOV_1 });
    await expectDomainError(previewPlanChange({ actor: admin, prisma: db.prisma, input: { subscriptionId: ended.id, planId: euro.id } }), "conflict");
    expect((await db.prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).planId).toBe(pro.id);
    expect(await billingAuditRows(db.url, subscription.id)).toEqual([]);
  });

  it("refuses a stale change with the current values, and a support actor, writing nothing", async () => {
    const admin = await insertAdminSession(db.prisma);
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const { pro, starter, subscription } = await setup();
    await db.prisma.subscription.update({ where: { id: subscription.id }, data: { cancelAtPeriodEnd: true } });
    const auditBefore = await countAuditRows(db.url);

    const stale = await expectDomainError(
      changePlan({ actor: admin, request: REQUEST, prisma: db.prisma, input: { subscriptionId: subscription.id, planId: starter.id, expectedUpdatedAt: subscription.updatedAt } }),
      "stale",
    );
    expect(stale.message).toBe("Someone else changed Globex's subscription after you opened it. Check the current values and try again.");
    expect(stale.extra.current).toMatchObject({ id: subscription.id, cancelAtPeriodEnd: true, plan: { id: pro.id } });
    await expectDomainError(
      changePlan({ actor: support, request: REQUEST, prisma: db.prisma, input: { subscriptionId: subscription.id, planId: starter.id, expectedUpdatedAt: new Date() } }),
      "forbidden",
    );
    expect((await db.prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).planId).toBe(pro.id);
    expect(await countAuditRows(db.url)).toBe(auditBefore);
  });
});
