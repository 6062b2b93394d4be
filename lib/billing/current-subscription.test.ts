import { describe, expect, it, vi } from "vitest";
import { Prisma } from "../generated/prisma/client";
import { useStaffDatabase } from "../staff/staff-test-kit";
import { insertPlan, insertSubscription, insertTenant } from "./billing-test-kit";
import { CURRENT_SUBSCRIPTION_LATERAL, CURRENT_SUBSCRIPTIONS_SQL, findCurrentSubscription } from "./current-subscription";

vi.mock("server-only", () => ({}));

const at = (day: number) => new Date(Date.UTC(2026, 0, day));

describe("current subscription", () => {
  const db = useStaffDatabase();

  type Row = { id: string | null; plan_slug: string | null; currency: string | null; monthly_revenue: Prisma.Decimal | null };

  // Both SQL forms, which must agree.
  async function lateral(tenantId: string) {
    const [row] = await db.prisma.$queryRaw<Row[]>`
      SELECT cs.id::text AS id, cs.plan_slug, cs.currency, cs.monthly_revenue
      FROM tenants t LEFT JOIN LATERAL (${CURRENT_SUBSCRIPTION_LATERAL}) cs ON true WHERE t.id = ${tenantId}::uuid`;
    const [joined] = await db.prisma.$queryRaw<Row[]>`
      SELECT cs.id::text AS id, cs.plan_slug, cs.currency, cs.monthly_revenue
      FROM tenants t LEFT JOIN (${CURRENT_SUBSCRIPTIONS_SQL}) cs ON cs.tenant_id = t.id WHERE t.id = ${tenantId}::uuid`;
    expect(joined).toEqual(row);
    return row!;
  }

  it("is the newest subscription that has not ended and is not canceled", async () => {
    const tenant = await insertTenant(db.prisma);
    const plan = await insertPlan(db.prisma, { slug: "gold-current", priceMonthly: "99.00", priceYearly: "990.00" });
    const current = await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id, billingInterval: "year", createdAt: at(2) });
    await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id, createdAt: at(1) });
    await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id, status: "canceled", createdAt: at(3) });
    await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id, status: "past_due", endedAt: at(4), createdAt: at(4) });

    expect((await findCurrentSubscription(db.prisma, tenant.id))?.id).toBe(current.id);
    const row = await lateral(tenant.id);
    expect({ ...row, monthly_revenue: row.monthly_revenue?.toFixed(2) }).toEqual({ id: current.id, plan_slug: "gold-current", currency: "USD", monthly_revenue: "82.50" });
  });

  it("counts trials and unpaid subscriptions as current, with no revenue", async () => {
    const tenant = await insertTenant(db.prisma);
    const plan = await insertPlan(db.prisma);
    const trial = await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id, status: "trialing" });
    expect((await findCurrentSubscription(db.prisma, tenant.id))?.id).toBe(trial.id);
    expect((await lateral(tenant.id)).monthly_revenue?.toFixed(2)).toBe("0.00");
  });

  it("is none when every subscription is canceled or ended", async () => {
    const tenant = await insertTenant(db.prisma);
    const plan = await insertPlan(db.prisma);
    await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id, status: "canceled", canceledAt: at(5), endedAt: at(5) });
    await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id, status: "active", endedAt: at(6) });
    expect(await findCurrentSubscription(db.prisma, tenant.id)).toBeNull();
    expect(await lateral(tenant.id)).toEqual({ id: null, plan_slug: null, currency: null, monthly_revenue: null });
  });
});
