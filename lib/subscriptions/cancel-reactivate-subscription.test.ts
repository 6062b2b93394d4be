import { describe, expect, it, vi } from "vitest";
import { billingAuditRows, countAuditRows, expectDomainError, insertPlan, insertSubscription, insertTenant } from "../billing/billing-test-kit";
import { insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { cancelSubscription } from "./cancel-subscription";
import { reactivateSubscription } from "./reactivate-subscription";

vi.mock("server-only", () => ({}));

const NOW = new Date("2026-11-20T12:00:00.000Z");
const NOV_1 = new Date("2026-11-01T00:00:00.000Z");
const DEC_1 = new Date("2026-12-01T00:00:00.000Z");

describe("cancelSubscription and reactivateSubscription", () => {
  const db = useStaffDatabase();

  async function setup(billingInterval: "month" | "year" = "month") {
    const tenant = await insertTenant(db.prisma, "Initech");
    const plan = await insertPlan(db.prisma, { name: "Gold" });
    const subscription = await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id, billingInterval });
    return { tenant, plan, subscription };
  }

  it("schedules a cancellation, undoes it, then cancels now; each step audited with the tenant", async () => {
    const admin = await insertAdminSession(db.prisma);
    const { tenant, subscription } = await setup();
    const call = { actor: admin, request: REQUEST, prisma: db.prisma, now: NOW };

    const scheduled = await cancelSubscription({ ...call, input: { subscriptionId: subscription.id, expectedUpdatedAt: subscription.updatedAt, mode: "at_period_end", reason: " Too expensive " } });
    expect(scheduled).toMatchObject({ status: "active", cancelAtPeriodEnd: true, cancellationReason: "Too expensive", canceledAt: null, endedAt: null });
    await expectDomainError(cancelSubscription({ ...call, input: { subscriptionId: subscription.id, expectedUpdatedAt: scheduled.updatedAt, mode: "at_period_end", reason: "Again" } }), "no_change");

    const undone = await reactivateSubscription({ ...call, input: { subscriptionId: subscription.id, expectedUpdatedAt: scheduled.updatedAt } });
    expect(undone).toMatchObject({ status: "active", cancelAtPeriodEnd: false, cancellationReason: null, currentPeriodStart: NOV_1, currentPeriodEnd: DEC_1 });

    const canceled = await cancelSubscription({ ...call, input: { subscriptionId: subscription.id, expectedUpdatedAt: undone.updatedAt, mode: "now", reason: "Fraud" } });
    expect(canceled).toMatchObject({ status: "canceled", canceledAt: NOW, endedAt: NOW, cancellationReason: "Fraud", monthlyRevenue: { amount: "0.00" } });
    const again = await expectDomainError(cancelSubscription({ ...call, input: { subscriptionId: subscription.id, expectedUpdatedAt: canceled.updatedAt, mode: "now", reason: "Twice" } }), "no_change");
    expect(again.message).toBe("Initech's subscription is already canceled.");

    const base = { tenant_id: tenant.id, actor_id: admin.id, resource_type: "subscription" };
    expect(await billingAuditRows(db.url, subscription.id)).toEqual([
      { ...base, action: "subscription.cancel", details: {
        before: { cancelAtPeriodEnd: false, cancellationReason: null }, after: { cancelAtPeriodEnd: true, cancellationReason: "Too expensive" },
        mode: "at_period_end", reason: "Too expensive",
      } },
      { ...base, action: "subscription.reactivate", details: {
        before: { cancelAtPeriodEnd: true, cancellationReason: "Too expensive" }, after: { cancelAtPeriodEnd: false, cancellationReason: null },
        mode: "undo_cancel_at_period_end",
      } },
      { ...base, action: "subscription.cancel", details: {
        before: { status: "active", canceledAt: null, cancellationReason: null, endedAt: null },
        after: { status: "canceled", canceledAt: NOW.toISOString(), cancellationReason: "Fraud", endedAt: NOW.toISOString() },
        mode: "now", reason: "Fraud",
      } },
    ]);
  });

  it("restarts a canceled subscription on an active plan with a new period from now", async () => {
    const admin = await insertAdminSession(db.prisma);
    const { tenant, plan } = await setup();
    const canceled = await insertSubscription(db.prisma, {
      tenantId: (await insertTenant(db.prisma)).id, planId: plan.id, billingInterval: "year", status: "canceled", canceledAt: NOV_1, endedAt: NOV_1,
    });
    const restarted = await reactivateSubscription({ actor: admin, request: REQUEST, prisma: db.prisma, now: NOW, input: { subscriptionId: canceled.id, expectedUpdatedAt: canceled.updatedAt } });
    expect(restarted).toMatchObject({
      status: "active", currentPeriodStart: NOW, currentPeriodEnd: new Date("2027-11-20T12:00:00.000Z"), canceledAt: null, endedAt: null, cancelAtPeriodEnd: false,
    });
    const [audit] = await billingAuditRows(db.url, canceled.id);
    expect(audit).toMatchObject({ action: "subscription.reactivate", details: { mode: "restart", before: { status: "canceled" }, after: { status: "active" } } });
    expect(audit!.tenant_id).not.toBe(tenant.id);
  });

  it("refuses to restart on an archived plan, or beside another current subscription", async () => {
    const admin = await insertAdminSession(db.prisma);
    const { tenant, plan, subscription } = await setup();
    const old = await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id, status: "canceled", endedAt: NOV_1 });
    const beside = await expectDomainError(reactivateSubscription({ actor: admin, request: REQUEST, prisma: db.prisma, input: { subscriptionId: old.id, expectedUpdatedAt: old.updatedAt } }), "conflict");
    expect(beside.message).toBe("Initech already has a current subscription. Change that one instead.");

    const legacy = await insertPlan(db.prisma, { name: "Legacy", status: "archived" });
    const lapsed = await insertSubscription(db.prisma, { tenantId: (await insertTenant(db.prisma)).id, planId: legacy.id, status: "canceled", endedAt: NOV_1 });
    const archived = await expectDomainError(reactivateSubscription({ actor: admin, request: REQUEST, prisma: db.prisma, input: { subscriptionId: lapsed.id, expectedUpdatedAt: lapsed.updatedAt } }), "conflict");
    expect(archived.message).toMatch(/^Legacy is archived/);
    await expectDomainError(reactivateSubscription({ actor: admin, request: REQUEST, prisma: db.prisma, input: { subscriptionId: subscription.id, expectedUpdatedAt: subscription.updatedAt } }), "no_change");
    expect(await billingAuditRows(db.url, old.id)).toEqual([]);
    expect(await billingAuditRows(db.url, lapsed.id)).toEqual([]);
  });

  it("restarts only one of two canceled subscriptions of a tenant restarted at the same time", async () => {
    const admin = await insertAdminSession(db.prisma);
    const tenant = await insertTenant(db.prisma);
    const { plan } = await setup();
    const first = await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id, status: "canceled", canceledAt: NOV_1, endedAt: NOV_1 });
    const second = await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id, status: "canceled", canceledAt: NOV_1, endedAt: NOV_1 });
    const results = await Promise.allSettled(
      [first, second].map((row) => reactivateSubscription({ actor: admin, request: REQUEST, prisma: db.prisma, now: NOW, input: { subscriptionId: row.id, expectedUpdatedAt: row.updatedAt } })),
    );
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((result) => result.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
  });

  it("requires a reason of 3 to 500 characters and a known mode", async () => {
    const admin = await insertAdminSession(db.prisma);
    const { subscription } = await setup();
    const error = await expectDomainError(
      cancelSubscription({ actor: admin, request: REQUEST, prisma: db.prisma, input: { subscriptionId: subscription.id, expectedUpdatedAt: subscription.updatedAt, mode: "later" as "now", reason: " a " } }),
      "invalid_input",
    );
    expect(error.extra.fieldErrors).toEqual({
      mode: ["Choose when the subscription ends: at the end of its period, or now."],
      reason: ["Say why the subscription is canceled, in at least 3 characters."],
    });
    const long = await expectDomainError(
      cancelSubscription({ actor: admin, request: REQUEST, prisma: db.prisma, input: { subscriptionId: subscription.id, expectedUpdatedAt: subscription.updatedAt, mode: "now", reason: "x".repeat(501) } }),
      "invalid_input",
    );
    expect(Object.keys(long.extra.fieldErrors ?? {})).toEqual(["reason"]);
  });

  it("lets only one of two simultaneous edits through: the row lock makes the second one stale", async () => {
    const admin = await insertAdminSession(db.prisma);
    const { subscription } = await setup();
    const input = { subscriptionId: subscription.id, expectedUpdatedAt: subscription.updatedAt, reason: "Requested by the customer" };
    const results = await Promise.allSettled([
      cancelSubscription({ actor: admin, request: REQUEST, prisma: db.prisma, input: { ...input, mode: "now" } }),
      cancelSubscription({ actor: admin, request: REQUEST, prisma: db.prisma, input: { ...input, mode: "at_period_end" } }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "stale" });
    expect(await billingAuditRows(db.url, subscription.id)).toHaveLength(1);
  });

  it("refuses a stale cancel and a support actor, writing nothing", async () => {
    const admin = await insertAdminSession(db.prisma);
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const { subscription } = await setup();
    const auditBefore = await countAuditRows(db.url);
    const input = { subscriptionId: subscription.id, mode: "now" as const, reason: "Requested by the customer" };
    await expectDomainError(cancelSubscription({ actor: admin, request: REQUEST, prisma: db.prisma, input: { ...input, expectedUpdatedAt: new Date(0) } }), "stale");
    await expectDomainError(cancelSubscription({ actor: support, request: REQUEST, prisma: db.prisma, input: { ...input, expectedUpdatedAt: subscription.updatedAt } }), "forbidden");
    await expectDomainError(reactivateSubscription({ actor: support, request: REQUEST, prisma: db.prisma, input: { subscriptionId: subscription.id, expectedUpdatedAt: subscription.updatedAt } }), "forbidden");
    expect((await db.prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).status).toBe("active");
    expect(await countAuditRows(db.url)).toBe(auditBefore);
  });
});
