import { describe, expect, it, vi } from "vitest";
import { useStaffDatabase } from "../staff/staff-test-kit";
import { insertDailyUsage, insertTenant } from "./billing-test-kit";
import { usageWindow } from "./billing-period";
import { usageInPeriod } from "./usage-in-period";

vi.mock("server-only", () => ({}));

const NOV_1 = new Date("2026-11-01T00:00:00.000Z");
const DEC_1 = new Date("2026-12-01T00:00:00.000Z");

describe("usageInPeriod", () => {
  const db = useStaffDatabase();

  it("sums flow metrics that start in [from, to) and takes the latest standing count", async () => {
    const tenant = await insertTenant(db.prisma);
    const oct31 = new Date("2026-10-31T00:00:00.000Z");
    // Oct 31 and Dec 1 fall outside the period; Nov 1 to Nov 30 inside.
    await insertDailyUsage(db.prisma, tenant.id, "executions", oct31, Array.from({ length: 32 }, (_, day) => day + 1));
    await insertDailyUsage(db.prisma, tenant.id, "tokens", NOV_1, [2n ** 62n, 5n]);
    await insertDailyUsage(db.prisma, tenant.id, "seats", oct31, [40, 3, 9, 7]);

    const usage = await usageInPeriod(db.prisma, { tenantId: tenant.id, from: NOV_1, to: DEC_1 });
    // executions 2..31 inside: (2 + 31) × 30 / 2
    expect(usage).toEqual({ executions: "495", tokens: (2n ** 62n + 5n).toString(), api_calls: "0", seats: "7", agents: null });
  });

  it("finds nothing for another tenant", async () => {
    const tenant = await insertTenant(db.prisma);
    expect(await usageInPeriod(db.prisma, { tenantId: tenant.id, from: NOV_1, to: DEC_1 })).toEqual({
      executions: "0", tokens: "0", api_calls: "0", seats: null, agents: null,
    });
  });
});

describe("usageWindow", () => {
  it("is the whole period for a monthly subscription", () => {
    expect(usageWindow({ billingInterval: "month", currentPeriodStart: NOV_1, currentPeriodEnd: DEC_1 }, new Date("2026-11-20T00:00:00Z")))
      .toEqual({ from: NOV_1, to: DEC_1 });
  });

  it("is the billing month that holds now for a yearly subscription, clamping month ends", () => {
    const start = new Date("2026-01-31T10:00:00.000Z");
    const end = new Date("2027-01-31T10:00:00.000Z");
    expect(usageWindow({ billingInterval: "year", currentPeriodStart: start, currentPeriodEnd: end }, new Date("2026-03-15T00:00:00Z")))
      .toEqual({ from: new Date("2026-02-28T10:00:00.000Z"), to: new Date("2026-03-31T10:00:00.000Z") });
    expect(usageWindow({ billingInterval: "year", currentPeriodStart: start, currentPeriodEnd: end }, new Date("2027-05-01T00:00:00Z")))
      .toEqual({ from: new Date("2026-12-31T10:00:00.000Z"), to: end });
  });
});
