import { describe, expect, it, vi } from "vitest";
import { countAuditRows, expectDomainError } from "../billing/billing-test-kit";
import { queryRows } from "../testing/sql";
import { auditRowsFor, insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { createPlan } from "./create-plan";
import type { CreatePlanInput } from "./plan-schemas";

vi.mock("server-only", () => ({}));

const GOLD: CreatePlanInput = {
  name: " Gold ",
  slug: " Gold-Annual ",
  description: "For teams that run agents all day.",
  priceMonthly: "49.5",
  priceYearly: "495",
  currency: "usd",
  features: [" Priority support ", "", "  ", "SSO"],
  limits: { executions: 10_000, tokens: "25000000", api_calls: null, seats: "", agents: 0 },
  sortOrder: 30,
};

describe("createPlan", () => {
  const db = useStaffDatabase();
  const storedLimits = (planId: string) =>
    queryRows<{ metric: string; limit: string }>(db.url, `SELECT metric::text, "limit"::text FROM plan_limits WHERE plan_id = $1 ORDER BY plan_limits.metric`, [planId]);

  it("creates the plan with normalized money, features and limit rows, and audits it with the limits", async () => {
    const actor = await insertAdminSession(db.prisma);
    const plan = await createPlan({ actor, request: REQUEST, prisma: db.prisma, input: GOLD });

    expect(plan).toMatchObject({
      name: "Gold", slug: "gold-annual", priceMonthly: "49.50", priceYearly: "495.00", currency: "USD", status: "active",
      features: ["Priority support", "SSO"], sortOrder: 30,
      limits: { executions: "10000", tokens: "25000000", api_calls: null, seats: null, agents: "0" },
    });
    const [row] = await queryRows<{ price_monthly: string; price_yearly: string }>(db.url, "SELECT price_monthly::text, price_yearly::text FROM plans WHERE id = $1", [plan.id]);
    expect(row).toEqual({ price_monthly: "49.50", price_yearly: "495.00" });
    expect(await storedLimits(plan.id)).toEqual([
      { metric: "executions", limit: "10000" }, { metric: "tokens", limit: "25000000" }, { metric: "agents", limit: "0" },
    ]);

    expect(await auditRowsFor(db.url, plan.id)).toEqual([{
      actor_type: "staff", actor_id: actor.id, actor_email: actor.email, action: "plan.create", resource_type: "plan",
      resource_id: plan.id, ip: REQUEST.ipAddress, user_agent: REQUEST.userAgent,
      details: {
        before: {
          name: null, slug: null, description: null, priceMonthly: null, priceYearly: null, currency: null, features: null, status: null, sortOrder: null,
          limits: { executions: null, tokens: null, agents: null },
        },
        after: {
          name: "Gold", slug: "gold-annual", description: "For teams that run agents all day.", priceMonthly: "49.50", priceYearly: "495.00",
          currency: "USD", features: ["Priority support", "SSO"], status: "active", sortOrder: 30,
          limits: { executions: "10000", tokens: "25000000", agents: "0" },
        },
      },
    }]);
  });

  it("answers bad input with a field error per field and writes nothing", async () => {
    const actor = await insertAdminSession(db.prisma);
    const auditBefore = await countAuditRows(db.url);
    const error = await expectDomainError(createPlan({
      actor, request: REQUEST, prisma: db.prisma,
      input: {
        name: "  ", slug: "Not a slug!", priceMonthly: "49.999", priceYearly: "-1", currency: "JPY",
        features: Array.from({ length: 31 }, (_, n) => `Feature ${n}`),
        limits: { executions: -1, tokens: "1.5", api_calls: 2 ** 60, seats: "lots", agents: null },
        sortOrder: -3,
      },
    }), "invalid_input");

    expect(error.status).toBe(400);
    expect(Object.keys(error.extra.fieldErrors ?? {}).sort()).toEqual([
      "currency", "features", "limits.api_calls", "limits.executions", "limits.seats", "limits.tokens", "name", "priceMonthly", "priceYearly", "slug", "sortOrder",
    ]);
    expect(error.extra.fieldErrors?.priceMonthly).toEqual(["Enter an amount of 0 or more with at most 2 decimals, such as 49.00."]);
    expect(error.extra.fieldErrors?.currency).toEqual(["Choose one of USD, EUR, GBP."]);
    expect(error.extra.fieldErrors?.features).toEqual(["List at most 30 features."]);
    expect(await queryRows(db.url, "SELECT 1 FROM plans")).toHaveLength(1);
    expect(await countAuditRows(db.url)).toBe(auditBefore);
  });

  it("refuses money sent as a JS number", async () => {
    const actor = await insertAdminSession(db.prisma);
    const error = await expectDomainError(
      createPlan({ actor, request: REQUEST, prisma: db.prisma, input: { ...GOLD, slug: "floaty", priceMonthly: 49.99 as unknown as string } }),
      "invalid_input",
    );
    expect(Object.keys(error.extra.fieldErrors ?? {})).toEqual(["priceMonthly"]);
  });

  it("refuses a slug that another plan has, as a field error", async () => {
    const actor = await insertAdminSession(db.prisma);
    await createPlan({ actor, request: REQUEST, prisma: db.prisma, input: { ...GOLD, slug: "silver" } });
    const error = await expectDomainError(createPlan({ actor, request: REQUEST, prisma: db.prisma, input: { ...GOLD, name: "Silver 2", slug: "SILVER" } }), "conflict");
    expect(error.extra.fieldErrors).toEqual({ slug: ["That slug is taken."] });
    expect(await queryRows(db.url, "SELECT 1 FROM plans WHERE name = 'Silver 2'")).toEqual([]);
  });

  it("refuses a support actor and writes nothing", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const auditBefore = await countAuditRows(db.url);
    const error = await expectDomainError(createPlan({ actor: support, request: REQUEST, prisma: db.prisma, input: { ...GOLD, slug: "sneaky" } }), "forbidden");
    expect(error.status).toBe(403);
    expect(await queryRows(db.url, "SELECT 1 FROM plans WHERE slug = 'sneaky'")).toEqual([]);
    expect(await countAuditRows(db.url)).toBe(auditBefore);
  });
});
