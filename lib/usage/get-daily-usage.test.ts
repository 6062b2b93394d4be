import { describe, expect, it, vi } from "vitest";
import type { StaffRole } from "../auth/permissions";
import { expectDomainError, insertDailyUsage, insertTenant } from "../billing/billing-test-kit";
import { insertAdminSession, useStaffDatabase } from "../staff/staff-test-kit";
import { getDailyUsage, type UsagePeriodDays } from "./get-daily-usage";

vi.mock("server-only", () => ({}));

// Today is Nov 20 (UTC); the last 30 full days are Oct 21 to Nov 19.
const NOW = new Date("2026-11-20T09:30:00.000Z");
const day = (date: string) => new Date(`${date}T00:00:00.000Z`);

describe("getDailyUsage", () => {
  const db = useStaffDatabase();

  async function fixture() {
    await db.prisma.usageRecord.deleteMany();
    const actor = await insertAdminSession(db.prisma);
    const acme = await insertTenant(db.prisma, "Acme Robotics");
    const beta = await insertTenant(db.prisma, "Beta Labs");
    await insertDailyUsage(db.prisma, acme.id, "executions", day("2026-10-20"), [999, 5]); // Oct 20 is outside 30 days, Oct 21 inside
    await insertDailyUsage(db.prisma, acme.id, "executions", day("2026-11-19"), [100, 50]); // Nov 20 is today: left out
    await insertDailyUsage(db.prisma, beta.id, "executions", day("2026-11-19"), [7]);
    await insertDailyUsage(db.prisma, acme.id, "tokens", day("2026-11-18"), [5_000_000_000]);
    await insertDailyUsage(db.prisma, acme.id, "seats", day("2026-11-18"), [4, 5]);
    await insertDailyUsage(db.prisma, beta.id, "seats", day("2026-11-18"), [3]);
    return { actor, acme, beta };
  }

  it("sums each metric per UTC day over the last 30 full days, for all tenants", async () => {
    const { actor } = await fixture();
    const usage = await getDailyUsage({ actor, prisma: db.prisma, now: NOW, days: 30 });
    expect(usage).toMatchObject({ days: 30, from: "2026-10-21", to: "2026-11-19", tenantId: null });
    expect(usage.metrics.map((metric) => [metric.metric, metric.kind])).toEqual([
      ["executions", "flow"], ["tokens", "flow"], ["api_calls", "flow"], ["seats", "standing"], ["agents", "standing"],
    ]);
    const [executions, tokens, apiCalls, seats, agents] = usage.metrics;

    expect(executions!.series).toHaveLength(30);
    expect(executions!.series[0]).toEqual({ date: "2026-10-21", value: 5 });
    expect(executions!.series[1]).toEqual({ date: "2026-10-22", value: 0 });
    expect(executions!.series[29]).toEqual({ date: "2026-11-19", value: 107 });
    expect(executions!.total).toBe(112);
    expect(executions!.latest).toEqual({ date: "2026-11-19", value: 107 });

    expect(tokens!.total).toBe(5_000_000_000);
    expect(apiCalls).toMatchObject({ total: 0, latest: null });
    expect(apiCalls!.series.every((point) => point.value === 0)).toBe(true);

    // Standing counts add up across tenants per day, have no total, and no value on days without records.
    expect(seats!.series.slice(-2)).toEqual([{ date: "2026-11-18", value: 7 }, { date: "2026-11-19", value: 5 }]);
    expect(seats!.series[0]).toEqual({ date: "2026-10-21", value: null });
    expect(seats).toMatchObject({ total: null, latest: { date: "2026-11-19", value: 5 } });
    expect(agents).toMatchObject({ total: null, latest: null });
  });

  it("reaches back 90 days and narrows to one tenant", async () => {
    const { actor, beta } = await fixture();
    const all = await getDailyUsage({ actor, prisma: db.prisma, now: NOW, days: 90 });
    expect(all).toMatchObject({ from: "2026-08-22", to: "2026-11-19" });
    expect(all.metrics[0]!.total).toBe(999 + 5 + 100 + 7);

    const one = await getDailyUsage({ actor, prisma: db.prisma, now: NOW, days: 30, tenantId: beta.id });
    expect(one.tenantId).toBe(beta.id);
    expect(one.metrics[0]).toMatchObject({ total: 7, latest: { date: "2026-11-19", value: 7 } });
    expect(one.metrics[3]!.series.slice(-2)).toEqual([{ date: "2026-11-18", value: 3 }, { date: "2026-11-19", value: null }]);
  });

  it("refuses other periods, a malformed tenant id and a role without billing.view", async () => {
    const actor = await insertAdminSession(db.prisma);
    await expectDomainError(getDailyUsage({ actor, prisma: db.prisma, days: 60 as UsagePeriodDays }), "invalid_input");
    await expectDomainError(getDailyUsage({ actor, prisma: db.prisma, days: 30, tenantId: "acme" }), "invalid_input");
    await expectDomainError(getDailyUsage({ actor: { ...actor, role: "viewer" as StaffRole }, prisma: db.prisma, days: 30 }), "forbidden");
  });
});
