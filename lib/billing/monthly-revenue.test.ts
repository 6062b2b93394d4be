import { describe, expect, it, vi } from "vitest";
import { Prisma } from "../generated/prisma/client";
import type { BillingInterval, SubscriptionStatus } from "../generated/prisma/enums";
import { useStaffDatabase } from "../staff/staff-test-kit";
import { insertPlan, insertSubscription, insertTenant } from "./billing-test-kit";
import { MONTHLY_REVENUE_SQL, monthlyRevenue, monthlyRevenueSql } from "./monthly-revenue";

vi.mock("server-only", () => ({}));

const STATUSES: SubscriptionStatus[] = ["trialing", "active", "past_due", "paused", "canceled", "unpaid", "incomplete"];
const mrr = (status: SubscriptionStatus, billingInterval: BillingInterval, priceMonthly: string, priceYearly: string) =>
  monthlyRevenue({ status, billingInterval, priceMonthly, priceYearly }).toFixed(2);

describe("monthlyRevenue", () => {
  it("counts the monthly price for a monthly subscription that is active or past due", () => {
    expect(mrr("active", "month", "49.00", "490.00")).toBe("49.00");
    expect(mrr("past_due", "month", "49.00", "490.00")).toBe("49.00");
  });

  it("counts a twelfth of the yearly price, rounded half up to cents", () => {
    expect(mrr("active", "year", "49.00", "490.00")).toBe("40.83");
    expect(mrr("active", "year", "0", "1999.99")).toBe("166.67");
    expect(mrr("active", "year", "0", "0.06")).toBe("0.01");
  });

  it("counts nothing for trials and for canceled, unpaid, incomplete or paused subscriptions", () => {
    for (const status of ["trialing", "canceled", "unpaid", "incomplete", "paused"] as const) {
      expect(mrr(status, "month", "49.00", "490.00")).toBe("0.00");
      expect(mrr(status, "year", "49.00", "490.00")).toBe("0.00");
    }
  });

  it("refuses an alias that is not a plain identifier", () => {
    expect(() => monthlyRevenueSql("s; DROP TABLE plans", "p")).toThrow(/not a valid SQL alias/);
  });
});

describe("MONTHLY_REVENUE_SQL", () => {
  const db = useStaffDatabase();

  it("agrees with monthlyRevenue() to the cent for every status and interval", async () => {
    const tenant = await insertTenant(db.prisma);
    const prices = [["49.00", "490.00"], ["0.00", "1999.99"], ["19.99", "0.06"], ["1499.00", "14990.00"]] as const;
    for (const [priceMonthly, priceYearly] of prices) {
      const plan = await insertPlan(db.prisma, { priceMonthly, priceYearly });
      for (const status of STATUSES) {
        for (const billingInterval of ["month", "year"] as const) {
          await insertSubscription(db.prisma, { tenantId: tenant.id, planId: plan.id, status, billingInterval });
        }
      }
    }
    const rows = await db.prisma.$queryRaw<{ status: SubscriptionStatus; billing_interval: BillingInterval; price_monthly: Prisma.Decimal; price_yearly: Prisma.Decimal; mrr: Prisma.Decimal }[]>`
      SELECT s.status::text AS status, s.billing_interval::text AS billing_interval, p.price_monthly, p.price_yearly,
        ${MONTHLY_REVENUE_SQL} AS mrr
      FROM subscriptions s JOIN plans p ON p.id = s.plan_id WHERE s.tenant_id = ${tenant.id}::uuid`;
    expect(rows).toHaveLength(prices.length * STATUSES.length * 2);
    for (const row of rows) {
      const expected = monthlyRevenue({ status: row.status, billingInterval: row.billing_interval, priceMonthly: row.price_monthly, priceYearly: row.price_yearly });
      expect(row.mrr.toFixed(2), `${row.status}/${row.billing_interval} at ${row.price_monthly}/${row.price_yearly}`).toBe(expected.toFixed(2));
    }
    const [total] = await db.prisma.$queryRaw<{ total: Prisma.Decimal }[]>`
      SELECT sum(${MONTHLY_REVENUE_SQL}) AS total FROM subscriptions s JOIN plans p ON p.id = s.plan_id WHERE s.tenant_id = ${tenant.id}::uuid`;
    // active + past_due, month and year: 2 × (49 + 40.83 + 0 + 166.67 + 19.99 + 0.01 + 1499 + 1249.17)
    expect(total!.total.toFixed(2)).toBe("6049.34");
  });
});
