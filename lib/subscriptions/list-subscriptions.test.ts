import { describe, expect, it, vi } from "vitest";
import { expectDomainError, insertPlan, insertSubscription, insertTenant } from "../billing/billing-test-kit";
import { parseListParams } from "../data-table/list-params";
import { runSql } from "../testing/sql";
import { insertStaff, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { resolveTenantScope } from "../data-table/tenant-scope";
import { listSubscriptions } from "./list-subscriptions";
import { subscriptionListSpec } from "./subscription-list-spec";

vi.mock("server-only", () => ({}));

const list = (query: string) => parseListParams(subscriptionListSpec, new URLSearchParams(query)).params;
const counts = (facet: { value: string; count: number }[] | undefined) => Object.fromEntries((facet ?? []).map((entry) => [entry.value, entry.count]));

describe("listSubscriptions", () => {
  const db = useStaffDatabase();

  let seeded: ReturnType<typeof insertAll> | undefined;
  // One data set for the whole file: the tests only read it.
  const seed = () => (seeded ??= insertAll());

  async function insertAll() {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const gold = await insertPlan(db.prisma, { name: "Gold", slug: "gold", priceMonthly: "49.00", priceYearly: "490.00" });
    const euro = await insertPlan(db.prisma, { name: "Euro", slug: "euro", priceMonthly: "10.00", priceYearly: "100.00", currency: "EUR" });
    const acme = await insertTenant(db.prisma, "Acme Robotics");
    const beta = await insertTenant(db.prisma, "Beta 100% Labs");
    const gamma = await insertTenant(db.prisma, "Gamma");
    const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
    const rows = {
      acmeOld: await insertSubscription(db.prisma, {
        tenantId: acme.id, planId: euro.id, status: "canceled", currentPeriodEnd: day("2026-10-01"), endedAt: day("2026-10-01"), createdAt: day("2026-01-01"),
      }),
      acme: await insertSubscription(db.prisma, {
        tenantId: acme.id, planId: gold.id, status: "active", billingInterval: "year", currentPeriodEnd: day("2027-06-01"), createdAt: day("2026-10-01"),
      }),
      beta: await insertSubscription(db.prisma, {
        tenantId: beta.id, planId: gold.id, status: "past_due", currentPeriodEnd: day("2026-12-01"), cancelAtPeriodEnd: true, createdAt: day("2026-11-01"),
      }),
      gamma: await insertSubscription(db.prisma, {
        tenantId: gamma.id, planId: euro.id, status: "trialing", currentPeriodEnd: day("2026-12-15"), trialEndsAt: day("2026-12-15"), createdAt: day("2026-11-15"),
      }),
    };
    await runSql(db.url, `UPDATE subscriptions SET external_id = 'sub_EXT_42' WHERE id = '${rows.gamma.id}'`);
    return { support, gold, euro, acme, beta, gamma, rows };
  }

  it("lists every subscription with tenant, plan, price and MRR, for support too", async () => {
    const { support, acme, gold, rows } = await seed();
    const result = await listSubscriptions({ actor: support, prisma: db.prisma, params: list("sort=createdAt") });
    expect(result.rows.map((row) => row.id)).toEqual([rows.acmeOld.id, rows.acme.id, rows.beta.id, rows.gamma.id]);
    expect(result.total).toEqual({ count: 4, exact: true });
    // A yearly price counts as a twelfth; a trial and a canceled subscription bring in nothing.
    expect(result.rows[1]).toMatchObject({
      tenant: { id: acme.id, name: "Acme Robotics" },
      plan: { id: gold.id, name: "Gold", slug: "gold" },
      status: "active",
      billingInterval: "year",
      price: "490.00",
      mrr: "40.83",
      currency: "USD",
      cancelAtPeriodEnd: false,
    });
    expect(result.rows.map((row) => row.mrr)).toEqual(["0.00", "40.83", "49.00", "0.00"]);
    expect(result.rows[3]).toMatchObject({ currency: "EUR", price: "10.00", externalId: "sub_EXT_42", trialEndsAt: new Date("2026-12-15T00:00:00.000Z") });
  });

  it("filters by status, plan, interval, period end and MRR; facets count under the other filters", async () => {
    const { support, rows } = await seed();
    const run = (query: string) => listSubscriptions({ actor: support, prisma: db.prisma, params: list(query) });
    const ids = async (query: string) => (await run(query)).rows.map((row) => row.id);

    const gold = await run("plan=gold&sort=createdAt");
    expect(gold.rows.map((row) => row.id)).toEqual([rows.acme.id, rows.beta.id]);
    // The plan facet ignores its own filter; the status facet counts only gold's subscriptions.
    expect(counts(gold.facets.plan)).toEqual({ gold: 2, euro: 2 });
    expect(counts(gold.facets.status)).toEqual({ active: 1, past_due: 1 });
    expect(counts(gold.facets.interval)).toEqual({ month: 1, year: 1 });

    expect(await ids("status=trialing,past_due&sort=createdAt")).toEqual([rows.beta.id, rows.gamma.id]);
    expect(await ids("interval=year")).toEqual([rows.acme.id]);
    // A date range includes its last day.
    expect(await ids("periodEnd=2026-12-01..2026-12-15&sort=periodEnd")).toEqual([rows.beta.id, rows.gamma.id]);
    expect(await ids("periodEnd=..2026-11-30")).toEqual([rows.acmeOld.id]);
    expect(await ids("mrr=40..45")).toEqual([rows.acme.id]);
    expect(await ids("mrr=0..0&sort=createdAt")).toEqual([rows.acmeOld.id, rows.gamma.id]);
    // Paying subscriptions first; ties (no revenue) are broken by id, so paging stays stable.
    expect((await ids("sort=-mrr")).slice(0, 2)).toEqual([rows.beta.id, rows.acme.id]);
  });

  it("searches tenant name, slug and external id, with % matching itself", async () => {
    const { support, rows, beta } = await seed();
    const ids = async (q: string) => (await listSubscriptions({ actor: support, prisma: db.prisma, params: list(`q=${encodeURIComponent(q)}&sort=createdAt`) })).rows.map((row) => row.id);
    expect(await ids("acme")).toEqual([rows.acmeOld.id, rows.acme.id]);
    expect(await ids(beta.slug)).toEqual([rows.beta.id]);
    expect(await ids("ext_42")).toEqual([rows.gamma.id]);
    expect(await ids("100%")).toEqual([rows.beta.id]);
    expect(await ids("%")).toEqual([rows.beta.id]);
  });

  it("narrows to one tenant with the scope, facets included", async () => {
    const { support, acme, rows } = await seed();
    const scoped = await listSubscriptions({ actor: support, prisma: db.prisma, params: list("sort=createdAt"), tenantId: acme.id });
    expect(scoped.rows.map((row) => row.id)).toEqual([rows.acmeOld.id, rows.acme.id]);
    expect(scoped.total).toEqual({ count: 2, exact: true });
    expect(counts(scoped.facets.status)).toEqual({ canceled: 1, active: 1 });
    expect(counts(scoped.facets.plan)).toEqual({ gold: 1, euro: 1 });
    const filtered = await listSubscriptions({ actor: support, prisma: db.prisma, params: list("status=trialing"), tenantId: acme.id });
    expect(filtered.rows).toEqual([]);
  });

  it("resolves the tenant= param: a tenant, nothing, or a sentence for a malformed or unknown id", async () => {
    const { support, acme } = await seed();
    const resolve = (tenant: string | undefined) =>
      resolveTenantScope({ actor: support, prisma: db.prisma, searchParams: { tenant }, noun: "subscriptions", permission: "billing.view" });
    expect(await resolve(acme.id)).toEqual({ tenant: { id: acme.id, name: "Acme Robotics", slug: acme.slug }, problem: null });
    expect(await resolve(undefined)).toEqual({ tenant: null, problem: null });
    expect(await resolve("")).toEqual({ tenant: null, problem: null });
    expect(await resolve("acme'; DROP TABLE tenants; --")).toMatchObject({ tenant: null, problem: expect.stringContaining("is not a tenant id") });
    expect(await resolve("00000000-0000-4000-8000-000000000000")).toMatchObject({ tenant: null, problem: expect.stringContaining("No tenant has the id") });
  });

  it("refuses a caller without billing.view", async () => {
    await seed();
    const nobody = { ...sessionOf(await insertStaff(db.prisma, { role: "support" })), role: "guest" as never };
    await expectDomainError(listSubscriptions({ actor: nobody, prisma: db.prisma, params: list("") }), "forbidden");
  });
});

describe("listSubscriptions at 10,000 subscriptions", () => {
  const db = useStaffDatabase();

  it("answers a page, its count and its facets quickly, however it is sorted or filtered", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const plans = await Promise.all(["a", "b", "c"].map((slug) => insertPlan(db.prisma, { name: `Plan ${slug}`, slug: `plan-${slug}` })));
    await runSql(db.url, `
      INSERT INTO tenants (id, name, slug, status, updated_at)
        SELECT gen_random_uuid(), 'Tenant ' || i, 'tenant-' || i, 'active', now() FROM generate_series(1, 10000) i;
      INSERT INTO subscriptions (id, tenant_id, plan_id, status, billing_interval, current_period_start, current_period_end, updated_at)
        SELECT gen_random_uuid(), t.id,
          (ARRAY['${plans.map((plan) => plan.id).join("','")}']::uuid[])[1 + (row_number() OVER () % 3)],
          (ARRAY['trialing','active','active','past_due','canceled']::subscription_status[])[1 + (row_number() OVER () % 5)],
          (ARRAY['month','year']::billing_interval[])[1 + (row_number() OVER () % 2)],
          now() - interval '10 days', now() + (row_number() OVER () % 30) * interval '1 day', now()
        FROM tenants t;
      ANALYZE subscriptions; ANALYZE tenants; ANALYZE plans;`);

    for (const query of ["", "sort=-mrr", "sort=tenant&page=40", "status=active&plan=plan-b", "periodEnd=2026-01-01..2099-01-01&mrr=1..", "q=Tenant 99"]) {
      const started = performance.now();
      const result = await listSubscriptions({ actor: support, prisma: db.prisma, params: list(query) });
      const elapsed = performance.now() - started;
      expect(result.rows.length, query).toBeGreaterThan(0);
      // Generous for a shared test machine; locally each answers in well under 300 ms.
      expect(elapsed, `${query || "the first page"} took ${Math.round(elapsed)} ms`).toBeLessThan(2_000);
    }
    const all = await listSubscriptions({ actor: support, prisma: db.prisma, params: list("") });
    expect(all.total).toEqual({ count: 10_000, exact: true });
    expect(counts(all.facets.status)).toEqual({ trialing: 2_000, active: 4_000, past_due: 2_000, canceled: 2_000 });
  });
});
