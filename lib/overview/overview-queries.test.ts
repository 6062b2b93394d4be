import { describe, expect, it, vi } from "vitest";
import { runSql } from "../testing/sql";
import { insertStaff, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { getBillingOverview } from "./get-billing-overview";
import { getExecutionActivity } from "./get-execution-activity";
import { getLatestAuditEvents } from "./get-latest-audit-events";

vi.mock("server-only", () => ({}));

const NOW = new Date("2026-11-29T12:30:00.000Z");

describe("overview queries", () => {
  const db = useStaffDatabase();

  it("sums MRR per currency and counts live subscriptions by status and plan", async () => {
    await runSql(db.url, `
      INSERT INTO plans (id, name, slug, price_monthly, price_yearly, currency, updated_at) VALUES
        ('00000000-0000-0000-0000-0000000000a1', 'Pro', 'pro', 49.00, 490.00, 'USD', now()),
        ('00000000-0000-0000-0000-0000000000a2', 'Euro', 'euro', 10.00, 100.00, 'EUR', now());
      INSERT INTO tenants (id, name, slug, updated_at) SELECT gen_random_uuid(), 'T' || g, 't-' || g, now() FROM generate_series(1, 5) g;
      INSERT INTO subscriptions (id, tenant_id, plan_id, status, billing_interval, current_period_start, current_period_end, ended_at, updated_at)
      SELECT gen_random_uuid(), t.id, v.plan_id::uuid, v.status::subscription_status, v.billing::billing_interval, now(), now() + interval '1 month', v.ended::timestamptz, now()
      FROM (SELECT id, row_number() OVER (ORDER BY slug) AS n FROM tenants) t
      JOIN (VALUES
        (1, '00000000-0000-0000-0000-0000000000a1', 'active', 'month', NULL),
        (2, '00000000-0000-0000-0000-0000000000a1', 'past_due', 'year', NULL),
        (3, '00000000-0000-0000-0000-0000000000a1', 'trialing', 'month', NULL),
        (4, '00000000-0000-0000-0000-0000000000a2', 'active', 'month', NULL),
        (5, '00000000-0000-0000-0000-0000000000a1', 'canceled', 'month', '2026-11-01')
      ) AS v(n, plan_id, status, billing, ended) ON v.n = t.n;`);

    const actor = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const overview = await getBillingOverview({ actor, prisma: db.prisma });
    // 49.00 (monthly) + 490/12 = 40.83 (yearly, past due still pays); trialing pays nothing yet.
    expect(overview.revenueByCurrency).toEqual([{ currency: "USD", amount: "89.83" }, { currency: "EUR", amount: "10.00" }]);
    expect(overview.subscriptionsByStatus).toEqual(expect.arrayContaining([{ status: "active", count: 2 }, { status: "past_due", count: 1 }, { status: "trialing", count: 1 }]));
    expect(overview.subscriptionsByStatus.find((row) => row.status === "canceled")).toBeUndefined();
    expect(overview.subscriptionsByPlan.map((row) => [row.slug, row.count, row.mrr])).toEqual([["euro", 1, "10.00"], ["pro", 3, "89.83"]]);
  });

  it("counts executions per hour for 24 hours, with failures and the error rate", async () => {
    await runSql(db.url, `
      INSERT INTO tenants (id, name, slug, updated_at) VALUES ('00000000-0000-0000-0000-0000000000b1', 'Exec', 'exec', now());
      INSERT INTO executions (id, tenant_id, execution_type, status, created_at, updated_at) VALUES
        (gen_random_uuid(), '00000000-0000-0000-0000-0000000000b1', 'agent', 'completed', '2026-11-29T12:10:00Z', now()),
        (gen_random_uuid(), '00000000-0000-0000-0000-0000000000b1', 'agent', 'failed', '2026-11-29T12:20:00Z', now()),
        (gen_random_uuid(), '00000000-0000-0000-0000-0000000000b1', 'agent', 'timeout', '2026-11-28T13:05:00Z', now()),
        (gen_random_uuid(), '00000000-0000-0000-0000-0000000000b1', 'agent', 'completed', '2026-11-28T12:59:00Z', now()),
        (gen_random_uuid(), '00000000-0000-0000-0000-0000000000b1', 'agent', 'completed', '2026-11-29T12:40:00Z', now());`);

    const actor = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const activity = await getExecutionActivity({ actor, prisma: db.prisma, now: NOW });
    expect(activity.hours).toHaveLength(24);
    expect(activity.hours[0]).toEqual({ hour: new Date("2026-11-28T13:00:00.000Z"), total: 1, failed: 1 });
    expect(activity.hours[23]).toEqual({ hour: new Date("2026-11-29T12:00:00.000Z"), total: 2, failed: 1 });
    // 12:59 yesterday is outside the window and 12:40 today is after "now".
    expect([activity.total, activity.failed, activity.errorRate]).toEqual([3, 2, 2 / 3]);
  });

  it("lists the newest audit events first", async () => {
    const actor = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    await runSql(db.url, `
      INSERT INTO audit_logs (action, tenant_id, created_at) VALUES
        ('a.first', '00000000-0000-0000-0000-0000000000c1', '2026-11-29T10:00:00Z'),
        ('a.second', NULL, '2026-11-29T11:00:00Z'),
        ('a.third', '00000000-0000-0000-0000-0000000000c1', '2026-11-29T11:00:00Z');`);
    expect((await getLatestAuditEvents({ actor, prisma: db.prisma, limit: 2 })).map((event) => event.action)).toEqual(["a.third", "a.second"]);
  });
});
