import { describe, expect, it, vi } from "vitest";
import { billingAuditRows, countAuditRows, expectDomainError, insertPlan, insertSubscription, insertTenant } from "../billing/billing-test-kit";
import { queryRows } from "../testing/sql";
import { insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { archivePlan } from "./archive-plan";
import { deletePlan } from "./delete-plan";
import { unarchivePlan } from "./unarchive-plan";

vi.mock("server-only", () => ({}));

describe("archivePlan and unarchivePlan", () => {
  const db = useStaffDatabase();

  it("archives a plan that has subscribers, who keep it, and audits the subscriber count", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await insertTenant(db.prisma);
    const plan = await insertPlan(db.prisma, { name: "Legacy" });
    const subscription = await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id });

    const archived = await archivePlan({ actor, request: REQUEST, prisma: db.prisma, input: { planId: plan.id, expectedUpdatedAt: plan.updatedAt } });
    expect(archived.status).toBe("archived");
    expect((await db.prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).planId).toBe(plan.id);

    await expectDomainError(
      archivePlan({ actor, request: REQUEST, prisma: db.prisma, input: { planId: plan.id, expectedUpdatedAt: archived.updatedAt } }),
      "no_change",
    );
    const restored = await unarchivePlan({ actor, request: REQUEST, prisma: db.prisma, input: { planId: plan.id, expectedUpdatedAt: archived.updatedAt } });
    expect(restored.status).toBe("active");

    expect(await billingAuditRows(db.url, plan.id)).toEqual([
      { tenant_id: null, actor_id: actor.id, action: "plan.archive", resource_type: "plan", details: { before: { status: "active" }, after: { status: "archived" }, subscribers: 1 } },
      { tenant_id: null, actor_id: actor.id, action: "plan.unarchive", resource_type: "plan", details: { before: { status: "archived" }, after: { status: "active" } } },
    ]);
  });

  it("refuses a stale archive and a support actor, writing nothing", async () => {
    const actor = await insertAdminSession(db.prisma);
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const plan = await insertPlan(db.prisma);
    await expectDomainError(archivePlan({ actor, request: REQUEST, prisma: db.prisma, input: { planId: plan.id, expectedUpdatedAt: new Date(0) } }), "stale");
    await expectDomainError(archivePlan({ actor: support, request: REQUEST, prisma: db.prisma, input: { planId: plan.id, expectedUpdatedAt: plan.updatedAt } }), "forbidden");
    expect((await db.prisma.plan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("active");
    expect(await billingAuditRows(db.url, plan.id)).toEqual([]);
  });
});

describe("deletePlan", () => {
  const db = useStaffDatabase();

  it("refuses a plan with subscriptions, naming how many, even canceled ones", async () => {
    const actor = await insertAdminSession(db.prisma);
    const plan = await insertPlan(db.prisma, { name: "Gold" });
    for (let n = 0; n < 12; n++) {
      const tenant = await insertTenant(db.prisma, `Tenant ${n}`);
      await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id, status: n === 0 ? "canceled" : "active" });
    }
    const auditBefore = await countAuditRows(db.url);

    const error = await expectDomainError(deletePlan({ actor, request: REQUEST, prisma: db.prisma, input: { planId: plan.id, expectedUpdatedAt: plan.updatedAt } }), "conflict");
    expect(error.message).toBe("Gold has 12 subscriptions, so it cannot be deleted. Archive it instead.");
    expect(await db.prisma.plan.findUnique({ where: { id: plan.id } })).not.toBeNull();
    expect(await countAuditRows(db.url)).toBe(auditBefore);

    const single = await insertPlan(db.prisma, { name: "Solo" });
    await insertSubscription(db.prisma, { tenantId: (await insertTenant(db.prisma)).id, planId: single.id, status: "canceled" });
    const one = await expectDomainError(deletePlan({ actor, request: REQUEST, prisma: db.prisma, input: { planId: single.id, expectedUpdatedAt: single.updatedAt } }), "conflict");
    expect(one.message).toBe("Solo has 1 subscription, so it cannot be deleted. Archive it instead.");
  });

  it("deletes an unused plan with its limits and audits what it was", async () => {
    const actor = await insertAdminSession(db.prisma);
    const plan = await insertPlan(db.prisma, { name: "Unused", slug: "unused", priceMonthly: "9.00", priceYearly: "90.00", limits: { seats: 2 } });
    expect(await deletePlan({ actor, request: REQUEST, prisma: db.prisma, input: { planId: plan.id, expectedUpdatedAt: plan.updatedAt } })).toEqual({ id: plan.id, name: "Unused" });

    expect(await queryRows(db.url, "SELECT 1 FROM plans WHERE id = $1", [plan.id])).toEqual([]);
    expect(await queryRows(db.url, "SELECT 1 FROM plan_limits WHERE plan_id = $1", [plan.id])).toEqual([]);
    const [audit] = await billingAuditRows(db.url, plan.id);
    expect(audit).toMatchObject({ action: "plan.delete", actor_id: actor.id, resource_type: "plan" });
    expect(audit!.details).toEqual({
      before: { name: "Unused", slug: "unused", priceMonthly: "9.00", priceYearly: "90.00", currency: "USD", features: [], status: "active", sortOrder: 0, limits: { seats: "2" } },
      after: { name: null, slug: null, priceMonthly: null, priceYearly: null, currency: null, features: null, status: null, sortOrder: null, limits: { seats: null } },
    });
  });

  it("refuses a stale delete, a support actor and a missing plan", async () => {
    const actor = await insertAdminSession(db.prisma);
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const plan = await insertPlan(db.prisma);
    await expectDomainError(deletePlan({ actor, request: REQUEST, prisma: db.prisma, input: { planId: plan.id, expectedUpdatedAt: new Date(0) } }), "stale");
    await expectDomainError(deletePlan({ actor: support, request: REQUEST, prisma: db.prisma, input: { planId: plan.id, expectedUpdatedAt: plan.updatedAt } }), "forbidden");
    await expectDomainError(
      deletePlan({ actor, request: REQUEST, prisma: db.prisma, input: { planId: "00000000-0000-4000-8000-000000000000", expectedUpdatedAt: plan.updatedAt } }),
      "not_found",
    );
    expect(await db.prisma.plan.findUnique({ where: { id: plan.id } })).not.toBeNull();
    expect(await billingAuditRows(db.url, plan.id)).toEqual([]);
  });
});
