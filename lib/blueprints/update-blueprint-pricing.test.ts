import { describe, expect, it, vi } from "vitest";
import { insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { countAll, expectDomainError, insertTenant, tenantAuditRows } from "../tenants/tenant-test-kit";
import { queryRows } from "../testing/sql";
import { insertBlueprint } from "./blueprint-test-kit";
import { updateBlueprintPricing } from "./update-blueprint-pricing";

vi.mock("server-only", () => ({}));

describe("updateBlueprintPricing", () => {
  const db = useStaffDatabase();
  const stored = async (id: string) =>
    (await queryRows(db.url, "SELECT pricing_model::text, price::text, currency FROM blueprints WHERE id = $1", [id]))[0];

  it("sets model, price and currency exactly, and audits before/after of what changed", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await insertTenant(db.prisma);
    const blueprint = await insertBlueprint(db.prisma, { publisherId: tenant.id });

    const after = await updateBlueprintPricing({
      actor, request: REQUEST, prisma: db.prisma,
      input: { blueprintId: blueprint.id, expectedUpdatedAt: blueprint.updatedAt.toISOString(), pricingModel: "one_time", price: "0019.9", currency: "gbp" },
    });

    expect(after).toMatchObject({ pricingModel: "one_time", price: "19.90", currency: "GBP" });
    expect(await stored(blueprint.id)).toEqual({ pricing_model: "one_time", price: "19.90", currency: "GBP" });
    expect(await tenantAuditRows(db.url, blueprint.id)).toEqual([{
      tenant_id: tenant.id, actor_type: "staff", actor_id: actor.id, actor_email: actor.email, action: "blueprint.update_pricing",
      resource_type: "blueprint", resource_id: blueprint.id, ip: REQUEST.ipAddress,
      details: { before: { pricingModel: "free", price: "0.00", currency: "USD" }, after: { pricingModel: "one_time", price: "19.90", currency: "GBP" } },
    }]);

    // The largest price NUMERIC(12, 2) holds survives unrounded, as it would not as a float.
    const big = await updateBlueprintPricing({
      actor, request: REQUEST, prisma: db.prisma,
      input: { blueprintId: blueprint.id, expectedUpdatedAt: after.updatedAt, pricingModel: "usage_based", price: "9999999999.99", currency: "GBP" },
    });
    expect(big.price).toBe("9999999999.99");
    expect((await tenantAuditRows(db.url, blueprint.id))[1]!.details).toEqual({
      before: { pricingModel: "one_time", price: "19.90" }, after: { pricingModel: "usage_based", price: "9999999999.99" },
    });
  });

  it("says nothing changed when the pricing is the same", async () => {
    const actor = await insertAdminSession(db.prisma);
    const blueprint = await insertBlueprint(db.prisma, { name: "Same Price", pricingModel: "subscription", price: "5.00", currency: "EUR" });
    const error = await expectDomainError(
      updateBlueprintPricing({ actor, request: REQUEST, prisma: db.prisma, input: { blueprintId: blueprint.id, expectedUpdatedAt: blueprint.updatedAt, pricingModel: "subscription", price: "5", currency: "EUR" } }),
      "no_change",
    );
    expect(error.message).toBe("Nothing changed: Same Price is already sold this way.");
  });

  it("answers bad prices with sentences under the price field", async () => {
    const actor = await insertAdminSession(db.prisma);
    const blueprint = await insertBlueprint(db.prisma);
    const base = { blueprintId: blueprint.id, expectedUpdatedAt: blueprint.updatedAt, currency: "USD" };
    const cases = [
      [{ pricingModel: "free", price: "1.00" }, { price: ["A free blueprint has a price of 0."] }],
      [{ pricingModel: "one_time", price: "0.00" }, { price: ["Enter a price above 0, or choose free."] }],
      [{ pricingModel: "one_time", price: "1.999" }, { price: ["Enter a price of 0 or more with at most 2 decimals, such as 19.99."] }],
      [{ pricingModel: "one_time", price: "-5" }, { price: ["Enter a price of 0 or more with at most 2 decimals, such as 19.99."] }],
      [{ pricingModel: "one_time", price: "1e3", currency: "JPY" }, {
        price: ["Enter a price of 0 or more with at most 2 decimals, such as 19.99."], currency: ["Choose USD, EUR or GBP."],
      }],
      [{ pricingModel: "barter", price: "1.00" }, { pricingModel: ["Choose free, one-time, subscription or usage-based."] }],
    ] as const;
    for (const [input, fieldErrors] of cases) {
      const error = await expectDomainError(
        updateBlueprintPricing({ actor, request: REQUEST, prisma: db.prisma, input: { ...base, ...input } as Parameters<typeof updateBlueprintPricing>[0]["input"] }),
        "invalid_input",
      );
      expect(error.extra.fieldErrors, JSON.stringify(input)).toEqual(fieldErrors);
    }
    expect(await stored(blueprint.id)).toEqual({ pricing_model: "free", price: "0.00", currency: "USD" });
  });

  it("refuses a stale edit and a support actor, writing nothing", async () => {
    const actor = await insertAdminSession(db.prisma);
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const blueprint = await insertBlueprint(db.prisma);
    const input = { blueprintId: blueprint.id, expectedUpdatedAt: blueprint.updatedAt, pricingModel: "one_time" as const, price: "9.99", currency: "USD" };
    const auditBefore = await countAll(db.url, "audit_logs");
    await expectDomainError(updateBlueprintPricing({ actor: support, request: REQUEST, prisma: db.prisma, input }), "forbidden");
    await db.prisma.blueprint.update({ where: { id: blueprint.id }, data: { name: "Renamed" } });
    await expectDomainError(updateBlueprintPricing({ actor, request: REQUEST, prisma: db.prisma, input }), "stale");
    expect(await stored(blueprint.id)).toEqual({ pricing_model: "free", price: "0.00", currency: "USD" });
    expect(await countAll(db.url, "audit_logs")).toBe(auditBefore);
  });
});
