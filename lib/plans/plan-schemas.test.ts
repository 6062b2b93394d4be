import { describe, expect, it, vi } from "vitest";
import { createPlanSchema, updatePlanSchema } from "./plan-schemas";

vi.mock("server-only", () => ({}));

// The actions parse their input with these schemas and hand the output to lib/plans, which parses
// it again: parsing must accept its own output and give the same result.
describe("plan schemas", () => {
  const form = {
    name: " Gold ",
    slug: "Gold-Annual",
    description: "",
    priceMonthly: "49",
    priceYearly: "490.5",
    currency: "usd",
    features: ["SSO", " ", "Audit log"],
    limits: { executions: "10000", tokens: 3_000_000_000, api_calls: "", seats: "10", agents: null },
    sortOrder: "2",
  };

  it("parse again what they parsed once, to the same values", () => {
    const once = createPlanSchema.parse(form);
    expect(once.limits).toEqual({ executions: 10_000n, tokens: 3_000_000_000n, api_calls: null, seats: 10n, agents: null });
    expect(createPlanSchema.parse(once)).toEqual(once);

    const update = { ...form, planId: "6f1c0c1e-8d0b-4a53-9d7e-0a4f7f1b2c3d", expectedUpdatedAt: "2026-11-29T10:00:00.000Z" };
    const updateOnce = updatePlanSchema.parse(update);
    expect(updatePlanSchema.parse(updateOnce)).toEqual(updateOnce);
  });

  it("still refuse negative, fractional and oversized limits, as numbers, text or bigint", () => {
    for (const bad of [-1, 1.5, "1e3", "-2", -1n, 10n ** 18n]) {
      const parsed = createPlanSchema.safeParse({ ...form, limits: { ...form.limits, seats: bad } });
      expect(parsed.success, String(bad)).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(["limits", "seats"]);
    }
  });
});
