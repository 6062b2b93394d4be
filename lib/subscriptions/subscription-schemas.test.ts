import { describe, expect, it, vi } from "vitest";
import { cancelSubscriptionSchema, changePlanSchema, extendTrialSchema, previewPlanChangeSchema, reactivateSubscriptionSchema } from "./subscription-schemas";

vi.mock("server-only", () => ({}));

// The actions parse their input with these schemas and hand the output to lib/subscriptions,
// which parses it again: each schema must accept its own output and give the same result.
describe("subscription schemas", () => {
  const ids = { subscriptionId: "6f1c0c1e-8d0b-4a53-9d7e-0a4f7f1b2c3d", expectedUpdatedAt: "2026-11-29T10:00:00.000Z" };
  const cases = [
    [previewPlanChangeSchema, { subscriptionId: ids.subscriptionId, planId: "0b8f6a53-3f1e-4c55-9d3a-2b1f0e9c8d7a" }],
    [changePlanSchema, { ...ids, planId: "0b8f6a53-3f1e-4c55-9d3a-2b1f0e9c8d7a" }],
    [cancelSubscriptionSchema, { ...ids, mode: "at_period_end", reason: "  Moving to an annual contract " }],
    [reactivateSubscriptionSchema, ids],
    [extendTrialSchema, { ...ids, days: "14", reason: "" }],
    [extendTrialSchema, { ...ids, days: 7, reason: "Asked for more time" }],
  ] as const;

  it.each(cases)("parses its own output to the same values (%#)", (schema, input) => {
    const once = schema.parse(input);
    expect(schema.parse(once)).toEqual(once);
  });

  it("refuses an empty object, as an action called with nothing would send", () => {
    for (const [schema] of cases) expect(schema.safeParse({}).success).toBe(false);
  });
});
