import { describe, it, vi } from "vitest";
import { insertStaff, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { assertTenantExists } from "./assert-tenant-exists";
import { expectDomainError, insertTenant } from "./tenant-test-kit";

vi.mock("server-only", () => ({}));

describe("assertTenantExists", () => {
  const db = useStaffDatabase();

  it("passes for a tenant, and answers not_found for an unknown or malformed id", async () => {
    const actor = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const tenant = await insertTenant(db.prisma);
    await assertTenantExists({ actor, prisma: db.prisma, tenantId: tenant.id });
    for (const tenantId of ["00000000-0000-4000-8000-000000000000", "not-a-uuid", ""]) {
      await expectDomainError(assertTenantExists({ actor, prisma: db.prisma, tenantId }), "not_found");
    }
  });
});
