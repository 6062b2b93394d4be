import { describe, expect, it, vi } from "vitest";
import { billingAuditRows, expectDomainError, insertPlan, insertSubscription, insertTenant } from "../billing/billing-test-kit";
import { insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { extendTrial } from "./extend-trial";
import { getSubscription } from "./get-subscription";

vi.mock("server-only", () => ({}));

const NOW = new Date("2026-11-10T00:00:00.000Z");
const NOV_1 = new Date("2026-11-01T00:00:00.000Z");
const NOV_15 = new Date("2026-11-15T00:00:00.000Z");

describe("extendTrial", () => {
  const db = useStaffDatabase();

  async function trial() {
    const tenant = await insertTenant(db.prisma, "Hooli");
    const plan = await insertPlan(db.prisma);
    const subscription = await insertSubscription(db.prisma, {
      tenantId: tenant.id, planId: plan.id, status: "trialing", currentPeriodStart: NOV_1, currentPeriodEnd: NOV_15, trialEndsAt: NOV_15,
    });
    return { tenant, plan, subscription };
  }

  it("moves the trial end, and the period end with it, and audits the days and reason", async () => {
    const admin = await insertAdminSession(db.prisma);
    const { tenant, subscription } = await trial();
    const after = await extendTrial({ actor: admin, request: REQUEST, prisma: db.prisma, now: NOW, input: { subscriptionId: subscription.id, expectedUpdatedAt: subscription.updatedAt, days: "10", reason: "Evaluating SSO" } });
    const end = new Date("2026-11-25T00:00:00.000Z");
    expect(after).toMatchObject({ status: "trialing", trialEndsAt: end, currentPeriodEnd: end });
    expect(await billingAuditRows(db.url, subscription.id)).toEqual([{
      tenant_id: tenant.id, actor_id: admin.id, action: "subscription.extend_trial", resource_type: "subscription",
      details: {
        before: { trialEndsAt: NOV_15.toISOString(), currentPeriodEnd: NOV_15.toISOString() },
        after: { trialEndsAt: end.toISOString(), currentPeriodEnd: end.toISOString() },
        days: 10, reason: "Evaluating SSO",
      },
    }]);
  });

  it("extends a lapsed trial from now, keeping a later period end", async () => {
    const admin = await insertAdminSession(db.prisma);
    const { subscription } = await trial();
    const later = await db.prisma.subscription.update({ where: { id: subscription.id }, data: { trialEndsAt: NOV_1, currentPeriodEnd: new Date("2026-12-31T00:00:00.000Z") } });
    const after = await extendTrial({ actor: admin, request: REQUEST, prisma: db.prisma, now: NOW, input: { subscriptionId: subscription.id, expectedUpdatedAt: later.updatedAt, days: 3 } });
    expect(after).toMatchObject({ trialEndsAt: new Date("2026-11-13T00:00:00.000Z"), currentPeriodEnd: new Date("2026-12-31T00:00:00.000Z") });
  });

  it("refuses anything but a trial, days outside 1 to 90, stale forms and support", async () => {
    const admin = await insertAdminSession(db.prisma);
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const { tenant, plan, subscription } = await trial();
    const active = await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id, status: "past_due" });
    const refused = await expectDomainError(extendTrial({ actor: admin, request: REQUEST, prisma: db.prisma, input: { subscriptionId: active.id, expectedUpdatedAt: active.updatedAt, days: 5 } }), "conflict");
    expect(refused.message).toBe("Only a trial can be extended; Hooli's subscription is past due.");
    for (const days of [0, 91, 1.5]) {
      const error = await expectDomainError(extendTrial({ actor: admin, request: REQUEST, prisma: db.prisma, input: { subscriptionId: subscription.id, expectedUpdatedAt: subscription.updatedAt, days } }), "invalid_input");
      expect(Object.keys(error.extra.fieldErrors ?? {})).toEqual(["days"]);
    }
    await expectDomainError(extendTrial({ actor: admin, request: REQUEST, prisma: db.prisma, input: { subscriptionId: subscription.id, expectedUpdatedAt: new Date(0), days: 5 } }), "stale");
    await expectDomainError(extendTrial({ actor: support, request: REQUEST, prisma: db.prisma, input: { subscriptionId: subscription.id, expectedUpdatedAt: subscription.updatedAt, days: 5 } }), "forbidden");
    expect((await db.prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).trialEndsAt).toEqual(NOV_15);
    expect(await billingAuditRows(db.url, subscription.id)).toEqual([]);
  });
});

describe("getSubscription", () => {
  const db = useStaffDatabase();

  it("reads a subscription with its tenant, plan, limits and MRR, for support too", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const tenant = await insertTenant(db.prisma, "Umbrella");
    const plan = await insertPlan(db.prisma, { name: "Gold", priceMonthly: "99.00", priceYearly: "999.00", currency: "EUR", limits: { seats: 20 } });
    const subscription = await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id, billingInterval: "year", status: "past_due" });

    expect(await getSubscription({ actor: support, prisma: db.prisma, input: { subscriptionId: subscription.id } })).toMatchObject({
      id: subscription.id, status: "past_due", billingInterval: "year",
      tenant: { id: tenant.id, name: "Umbrella", slug: tenant.slug },
      plan: { id: plan.id, name: "Gold", slug: plan.slug, status: "active", priceMonthly: "99.00", priceYearly: "999.00", currency: "EUR", limits: { seats: "20", executions: null } },
      price: { amount: "999.00", currency: "EUR" },
      monthlyRevenue: { amount: "83.25", currency: "EUR" },
    });
  });

  it("answers not_found for a missing or malformed id", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    await expectDomainError(getSubscription({ actor: support, prisma: db.prisma, input: { subscriptionId: "00000000-0000-4000-8000-000000000000" } }), "not_found");
    await expectDomainError(getSubscription({ actor: support, prisma: db.prisma, input: { subscriptionId: "sub_123" } }), "not_found");
  });
});
