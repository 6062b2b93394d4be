import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { StaffRole } from "../auth/permissions";
import { expectDomainError, insertPlan, insertSubscription, insertTenant } from "../billing/billing-test-kit";
import { insertAdminSession, useStaffDatabase } from "../staff/staff-test-kit";
import { getUsageTenant } from "./get-usage-tenant";

vi.mock("server-only", () => ({}));

describe("getUsageTenant", () => {
  const db = useStaffDatabase();

  it("names the tenant with its current plan's limits, or says there is none", async () => {
    const actor = await insertAdminSession(db.prisma);
    const pro = await insertPlan(db.prisma, { name: "Pro", limits: { seats: 5, tokens: 3_000_000_000 } });
    const old = await insertPlan(db.prisma, { name: "Old", limits: { seats: 1 } });
    const acme = await insertTenant(db.prisma, "Acme Robotics");
    await insertSubscription(db.prisma, { tenantId: acme.id, planId: pro.id, createdAt: new Date("2026-10-01T00:00:00Z") });
    await insertSubscription(db.prisma, { tenantId: acme.id, planId: old.id, status: "canceled", createdAt: new Date("2026-11-01T00:00:00Z") });
    const bare = await insertTenant(db.prisma, "No Plan Co");

    expect(await getUsageTenant({ actor, prisma: db.prisma, tenantId: acme.id })).toEqual({
      id: acme.id, name: "Acme Robotics", slug: acme.slug, plan: { id: pro.id, name: "Pro", limits: { seats: 5, tokens: 3_000_000_000 } },
    });
    expect(await getUsageTenant({ actor, prisma: db.prisma, tenantId: bare.id })).toMatchObject({ id: bare.id, plan: null });
    expect(await getUsageTenant({ actor, prisma: db.prisma, tenantId: randomUUID() })).toBeNull();
  });

  it("refuses a malformed id and a role without billing.view", async () => {
    const actor = await insertAdminSession(db.prisma);
    await expectDomainError(getUsageTenant({ actor, prisma: db.prisma, tenantId: "acme" }), "invalid_input");
    await expectDomainError(getUsageTenant({ actor: { ...actor, role: "viewer" as StaffRole }, prisma: db.prisma, tenantId: randomUUID() }), "forbidden");
  });
});
