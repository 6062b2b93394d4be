import { describe, expect, it } from "vitest";
import { parseUsagePageParams, usageScopeQuery } from "./usage-page-params";

const ID = "0b7c6f1e-8a4f-4c47-9d0e-5b2f4a9c1d33";

describe("parseUsagePageParams", () => {
  it("reads the period and the tenant", () => {
    expect(parseUsagePageParams({})).toEqual({ days: 30, tenantId: null, problems: [] });
    expect(parseUsagePageParams(new URLSearchParams(`days=90&tenant=${ID.toUpperCase()}`))).toEqual({ days: 90, tenantId: ID, problems: [] });
  });

  it("falls back with a sentence for anything else", () => {
    const parsed = parseUsagePageParams({ days: "60", tenant: "acme'; drop table" });
    expect(parsed).toMatchObject({ days: 30, tenantId: null });
    expect(parsed.problems).toEqual([
      "Usage is shown for 30 or 90 days, so the last 30 days are shown.",
      "\"acme'; drop table\" is not a tenant id, so every tenant is shown.",
    ]);
  });

  it("writes the params back without defaults", () => {
    expect(usageScopeQuery({ days: 30, tenantId: null })).toBe("");
    expect(usageScopeQuery({ days: 90, tenantId: ID })).toBe(`tenant=${ID}&days=90`);
  });
});
