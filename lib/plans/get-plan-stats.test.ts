import { describe, expect, it, vi } from "vitest";
import { expectDomainError, insertPlan, insertSubscription, insertTenant } from "../billing/billing-test-kit";
import { insertStaff, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { getPlan } from "./get-plan";
import { listPlanStats } from "./list-plan-stats";

vi.mock("server-only", () => ({}));

describe("getPlan and listPlanStats", () => {
  const db = useStaffDatabase();

  it("reads plans with limits, subscribers by status and MRR, for support too", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const gold = await insertPlan(db.prisma, { name: "Gold", priceMonthly: "49.00", priceYearly: "490.00", limits: { seats: 10, tokens: 3_000_000_000 } });
    const euro = await insertPlan(db.prisma, { name: "Euro", priceMonthly: "10.00", priceYearly: "100.00", currency: "EUR" });
    const empty = await insertPlan(db.prisma, { name: "Empty", status: "archived" });
    const statuses = [
      ["active", "month"], ["active", "year"], ["past_due", "month"], ["trialing", "month"], ["paused", "month"], ["canceled", "year"],
    ] as const;
    for (const [status, billingInterval] of statuses) {
      const tenant = await insertTenant(db.prisma);
      await insertSubscription(db.prisma, { tenantId: tenant.id, planId: gold.id, status, billingInterval });
    }
    // An ended subscription still counts by status but is no longer a subscriber.
    await insertSubscription(db.prisma, { tenantId: (await insertTenant(db.prisma)).id, planId: gold.id, status: "unpaid", endedAt: new Date() });
    await insertSubscription(db.prisma, { tenantId: (await insertTenant(db.prisma)).id, planId: euro.id, status: "active", billingInterval: "year" });

    const detail = await getPlan({ actor: support, prisma: db.prisma, input: { planId: gold.id } });
    // 49 + 40.83 + 49 (active month, active year, past due)
    expect(detail).toMatchObject({
      name: "Gold", priceMonthly: "49.00", limits: { seats: "10", tokens: "3000000000", executions: null },
      subscriberCount: 5, monthlyRevenue: { amount: "138.83", currency: "USD" },
    });

    const list = await listPlanStats({ actor: support, prisma: db.prisma });
    // Active plans first, then by sort order and name.
    expect(list.rows.map((row) => row.name)).toEqual(["Euro", "Gold", "Empty"]);
    const goldRow = list.rows.find((row) => row.id === gold.id)!;
    expect(goldRow).toMatchObject({
      subscriberCount: 5,
      subscriptionsByStatus: { trialing: 1, active: 2, past_due: 1, paused: 1, canceled: 1, unpaid: 1, incomplete: 0 },
      monthlyRevenue: { amount: "138.83", currency: "USD" },
    });
    expect(list.rows.find((row) => row.id === empty.id)).toMatchObject({ subscriberCount: 0, monthlyRevenue: { amount: "0.00", currency: "USD" } });
    expect(list.revenueByCurrency).toEqual([{ amount: "8.33", currency: "EUR" }, { amount: "138.83", currency: "USD" }]);
    expect(list.total).toBe(3);
  });

  it("answers not_found for a missing or malformed id", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    await expectDomainError(getPlan({ actor: support, prisma: db.prisma, input: { planId: "00000000-0000-4000-8000-000000000000" } }), "not_found");
    await expectDomainError(getPlan({ actor: support, prisma: db.prisma, input: { planId: "gold" } }), "not_found");
  });
});
