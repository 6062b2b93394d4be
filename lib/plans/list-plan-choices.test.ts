import { describe, expect, it, vi } from "vitest";
import { insertPlan } from "../billing/billing-test-kit";
import { insertStaff, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { listPlanChoices } from "./list-plan-choices";

vi.mock("server-only", () => ({}));

describe("listPlanChoices", () => {
  const db = useStaffDatabase();

  it("offers the active plans in the subscription's currency, other than its own, with prices as strings", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const current = await insertPlan(db.prisma, { name: "Current" });
    const other = await insertPlan(db.prisma, { name: "Other", priceMonthly: "19.5", priceYearly: "195" });
    await insertPlan(db.prisma, { name: "Archived", status: "archived" });
    await insertPlan(db.prisma, { name: "Euro", currency: "EUR" });

    const choices = await listPlanChoices({ actor: support, prisma: db.prisma, currency: "USD", exceptPlanId: current.id });
    expect(choices).toEqual([{ id: other.id, name: "Other", slug: other.slug, priceMonthly: "19.50", priceYearly: "195.00", currency: "USD" }]);
  });
});
