import { describe, expect, it, vi } from "vitest";
import type { StaffRole } from "../auth/permissions";
import { expectDomainError, insertDailyUsage, insertTenant } from "../billing/billing-test-kit";
import { parseListParams } from "../data-table/list-params";
import { streamListCsv } from "../data-table/stream-list-csv";
import { insertAdminSession, useStaffDatabase } from "../staff/staff-test-kit";
import { listUsageRecords } from "./list-usage-records";
import { usageRecordExportColumns } from "./usage-record-export-columns";
import { usageRecordListSource, usageRecordTenantScope } from "./usage-record-list-source";
import { usageRecordListSpec } from "./usage-record-list-spec";

vi.mock("server-only", () => ({}));

const NOV_1 = new Date("2026-11-01T00:00:00.000Z");
const params = (query: string) => parseListParams(usageRecordListSpec, new URLSearchParams(query)).params;

describe("listUsageRecords", () => {
  const db = useStaffDatabase();

  async function fixture() {
    const actor = await insertAdminSession(db.prisma);
    const acme = await insertTenant(db.prisma, "Acme Robotics");
    const beta = await insertTenant(db.prisma, "Beta 100% Labs");
    // Acme: executions 10, 20, 30 on Nov 1–3; tokens past 2^53 on Nov 2. Beta: executions 5 on Nov 1–2.
    await insertDailyUsage(db.prisma, acme.id, "executions", NOV_1, [10, 20, 30]);
    await insertDailyUsage(db.prisma, acme.id, "tokens", new Date("2026-11-02T00:00:00.000Z"), [2n ** 60n + 1n]);
    await insertDailyUsage(db.prisma, beta.id, "executions", NOV_1, [5, 5]);
    return { actor, acme, beta };
  }

  it("lists newest periods first with the tenant, filters by metric, period, quantity and tenant search", async () => {
    const { actor, acme, beta } = await fixture();
    const list = (query: string, tenantId?: string) => listUsageRecords({ actor, prisma: db.prisma, params: params(query), tenantId });

    const all = await list("");
    expect(all.total).toEqual({ count: 6, exact: true });
    expect(all.rows.map((row) => row.periodStart.toISOString().slice(0, 10))).toEqual(["2026-11-03", "2026-11-02", "2026-11-02", "2026-11-02", "2026-11-01", "2026-11-01"]);
    const tokens = all.rows.find((row) => row.metric === "tokens")!;
    expect(tokens).toMatchObject({
      tenant: { id: acme.id, name: "Acme Robotics", slug: acme.slug },
      quantity: "1152921504606846977",
      periodEnd: new Date("2026-11-03T00:00:00.000Z"),
    });
    expect(tokens.recordedAt).toBeInstanceOf(Date);
    expect(Object.fromEntries(all.facets.metric!.map((facet) => [facet.value, facet.count]))).toEqual({ executions: 5, tokens: 1 });

    const oldestFirst = await list("sort=periodStart");
    expect(oldestFirst.rows[0]!.periodStart).toEqual(NOV_1);

    const executions = await list("metric=executions&period=2026-11-02..2026-11-03");
    expect(executions.rows.map((row) => [row.tenant.name, row.quantity])).toEqual([["Acme Robotics", "30"], ["Beta 100% Labs", "5"], ["Acme Robotics", "20"]]);
    // The metric facet keeps counting the other metrics under the period filter.
    expect(Object.fromEntries(executions.facets.metric!.map((facet) => [facet.value, facet.count]))).toEqual({ executions: 3, tokens: 1 });

    expect((await list("quantity=10..20")).rows.map((row) => row.quantity)).toEqual(["20", "10"]);
    expect((await list("q=100%25")).rows.every((row) => row.tenant.id === beta.id)).toBe(true);
    expect((await list(`q=${acme.slug.toUpperCase()}`)).total).toEqual({ count: 4, exact: true });
    expect((await list("q=nobody")).total).toEqual({ count: 0, exact: true });

    const scoped = await list("metric=executions", beta.id);
    expect(scoped.rows.map((row) => row.tenant.id)).toEqual([beta.id, beta.id]);
    expect(Object.fromEntries(scoped.facets.metric!.map((facet) => [facet.value, facet.count]))).toEqual({ executions: 2 });
  });

  it("exports every matching record in the scope, quantities in full", async () => {
    const { acme } = await fixture();
    const { stream } = streamListCsv({
      prisma: db.prisma,
      source: usageRecordListSource,
      params: params("metric=tokens"),
      scope: [usageRecordTenantScope(acme.id)],
      columns: usageRecordExportColumns,
      onFinish: async () => undefined,
    });
    const text = await new Response(stream).text();
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe("id,tenant_id,tenant_slug,tenant_name,metric,quantity,period_start,period_end,recorded_at");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,${acme.id},${acme.slug},Acme Robotics,tokens,1152921504606846977,2026-11-02T00:00:00.000Z,2026-11-03T00:00:00.000Z,`);
  });

  it("refuses a role without billing.view and a scope that is not a tenant id", async () => {
    const actor = await insertAdminSession(db.prisma);
    const outsider = { ...actor, role: "viewer" as StaffRole };
    await expectDomainError(listUsageRecords({ actor: outsider, prisma: db.prisma, params: params("") }), "forbidden");
    await expectDomainError(listUsageRecords({ actor, prisma: db.prisma, params: params(""), tenantId: "not-a-uuid" }), "invalid_input");
  });
});
