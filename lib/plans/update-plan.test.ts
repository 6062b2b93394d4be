import { describe, expect, it, vi } from "vitest";
import { billingAuditRows, countAuditRows, expectDomainError, insertPlan } from "../billing/billing-test-kit";
import { queryRows } from "../testing/sql";
import { insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import type { UpdatePlanInput } from "./plan-schemas";
import { updatePlan } from "./update-plan";

vi.mock("server-only", () => ({}));

type Plan = Awaited<ReturnType<typeof insertPlan>>;

/** The edit form as it opens: every current value, limits included. */
function formOf(plan: Plan, limits: UpdatePlanInput["limits"]): UpdatePlanInput {
  return {
    planId: plan.id, expectedUpdatedAt: plan.updatedAt.toISOString(), name: plan.name, slug: plan.slug, description: plan.description,
    priceMonthly: plan.priceMonthly.toFixed(2), priceYearly: plan.priceYearly.toFixed(2), currency: plan.currency,
    features: plan.features, sortOrder: plan.sortOrder, limits,
  };
}
const LIMITS = { executions: 1000, tokens: 5000, api_calls: null, seats: 3, agents: null };

describe("updatePlan", () => {
  const db = useStaffDatabase();
  const storedLimits = async (planId: string) =>
    Object.fromEntries((await queryRows<{ metric: string; limit: string }>(db.url, `SELECT metric::text, "limit"::text FROM plan_limits WHERE plan_id = $1`, [planId]))
      .map((row) => [row.metric, row.limit]));

  it("saves fields and limits (null deletes the row) and audits only what changed", async () => {
    const actor = await insertAdminSession(db.prisma);
    const plan = await insertPlan(db.prisma, { name: "Gold", priceMonthly: "49.00", limits: { executions: 1000, tokens: 5000, seats: 3 } });

    const after = await updatePlan({
      actor, request: REQUEST, prisma: db.prisma,
      input: { ...formOf(plan, { ...LIMITS, executions: 2000, seats: null, agents: "10" }), priceMonthly: "59.90", features: ["SSO"] },
    });

    expect(after).toMatchObject({ priceMonthly: "59.90", features: ["SSO"], limits: { executions: "2000", tokens: "5000", api_calls: null, seats: null, agents: "10" } });
    expect(after.updatedAt.getTime()).toBeGreaterThan(plan.updatedAt.getTime());
    expect(await storedLimits(plan.id)).toEqual({ executions: "2000", tokens: "5000", agents: "10" });
    expect(await billingAuditRows(db.url, plan.id)).toEqual([{
      tenant_id: null, actor_id: actor.id, action: "plan.update", resource_type: "plan",
      details: {
        before: { priceMonthly: "49.00", features: [], limits: { executions: "1000", seats: "3", agents: null } },
        after: { priceMonthly: "59.90", features: ["SSO"], limits: { executions: "2000", seats: null, agents: "10" } },
      },
    }]);
  });

  it("gives the plan a new updatedAt when only a limit changes, so an older form is then stale", async () => {
    const actor = await insertAdminSession(db.prisma);
    const plan = await insertPlan(db.prisma, { limits: { executions: 1000, tokens: 5000, seats: 3 } });
    const after = await updatePlan({ actor, request: REQUEST, prisma: db.prisma, input: formOf(plan, { ...LIMITS, tokens: 6000 }) });
    expect(after.updatedAt.getTime()).toBeGreaterThan(plan.updatedAt.getTime());

    const error = await expectDomainError(
      updatePlan({ actor, request: REQUEST, prisma: db.prisma, input: formOf(plan, { ...LIMITS, tokens: 7000 }) }),
      "stale",
    );
    expect(error.extra.current).toMatchObject({ id: plan.id, limits: { tokens: "6000" } });
    expect(await storedLimits(plan.id)).toMatchObject({ tokens: "6000" });
  });

  it("refuses a stale form with the current values and writes nothing", async () => {
    const actor = await insertAdminSession(db.prisma);
    const plan = await insertPlan(db.prisma, { name: "Bronze" });
    await db.prisma.plan.update({ where: { id: plan.id }, data: { name: "Bronze Plus" } });
    const auditBefore = await countAuditRows(db.url);

    const error = await expectDomainError(
      updatePlan({ actor, request: REQUEST, prisma: db.prisma, input: { ...formOf(plan, LIMITS), priceMonthly: "1.00" } }),
      "stale",
    );
    expect(error.status).toBe(409);
    expect(error.message).toBe("Someone else changed the plan Bronze Plus after you opened it. Check the current values and try again.");
    expect(error.extra.current).toMatchObject({ id: plan.id, name: "Bronze Plus", priceMonthly: "49.00" });
    expect(await countAuditRows(db.url)).toBe(auditBefore);
  });

  it("answers no_change when nothing differs", async () => {
    const actor = await insertAdminSession(db.prisma);
    const plan = await insertPlan(db.prisma, { name: "Same", limits: { executions: 1000, tokens: 5000, seats: 3 } });
    await expectDomainError(updatePlan({ actor, request: REQUEST, prisma: db.prisma, input: formOf(plan, LIMITS) }), "no_change");
    expect(await billingAuditRows(db.url, plan.id)).toEqual([]);
  });

  it("refuses another plan's slug as a field error", async () => {
    const actor = await insertAdminSession(db.prisma);
    const taken = await insertPlan(db.prisma);
    const plan = await insertPlan(db.prisma);
    const error = await expectDomainError(updatePlan({ actor, request: REQUEST, prisma: db.prisma, input: { ...formOf(plan, LIMITS), slug: taken.slug } }), "conflict");
    expect(error.extra.fieldErrors).toEqual({ slug: ["That slug is taken."] });
  });

  it("answers bad input with field errors, and 404 for a plan that does not exist", async () => {
    const actor = await insertAdminSession(db.prisma);
    const plan = await insertPlan(db.prisma);
    const invalid = await expectDomainError(
      updatePlan({ actor, request: REQUEST, prisma: db.prisma, input: { ...formOf(plan, LIMITS), planId: "nope", expectedUpdatedAt: "yesterday", currency: "XXX" } }),
      "invalid_input",
    );
    expect(Object.keys(invalid.extra.fieldErrors ?? {}).sort()).toEqual(["currency", "expectedUpdatedAt", "planId"]);
    await expectDomainError(
      updatePlan({ actor, request: REQUEST, prisma: db.prisma, input: { ...formOf(plan, LIMITS), planId: "00000000-0000-4000-8000-000000000000" } }),
      "not_found",
    );
  });

  it("refuses a support actor and writes nothing", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const plan = await insertPlan(db.prisma);
    await expectDomainError(updatePlan({ actor: support, request: REQUEST, prisma: db.prisma, input: { ...formOf(plan, LIMITS), name: "Hacked" } }), "forbidden");
    expect((await db.prisma.plan.findUniqueOrThrow({ where: { id: plan.id } })).name).toBe(plan.name);
    expect(await billingAuditRows(db.url, plan.id)).toEqual([]);
  });
});
