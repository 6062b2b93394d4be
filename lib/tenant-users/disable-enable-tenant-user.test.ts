import { describe, expect, it, vi } from "vitest";
import { insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { countAll, expectDomainError, insertTenant, insertUser, tenantAuditRows } from "../tenants/tenant-test-kit";
import { queryRows } from "../testing/sql";
import { disableTenantUser } from "./disable-tenant-user";
import { enableTenantUser } from "./enable-tenant-user";

vi.mock("server-only", () => ({}));

describe("disableTenantUser and enableTenantUser", () => {
  const db = useStaffDatabase();
  const isActive = async (id: string) => (await queryRows<{ is_active: boolean }>(db.url, "SELECT is_active FROM users WHERE id = $1", [id]))[0]!.is_active;

  it("disables a user with a reason and enables them again, auditing both with the tenant", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await insertTenant(db.prisma);
    const user = await insertUser(db.prisma, tenant.id, { name: "Pat Member", hashedPassword: "secret-hash" });

    const disabled = await disableTenantUser({
      actor, request: REQUEST, prisma: db.prisma,
      input: { userId: user.id, expectedUpdatedAt: user.updatedAt.toISOString(), reason: " Shared their login " },
    });
    expect(disabled).toMatchObject({ id: user.id, tenantId: tenant.id, isActive: false });
    expect(disabled).not.toHaveProperty("hashedPassword");
    expect(await isActive(user.id)).toBe(false);

    const enabled = await enableTenantUser({ actor, request: REQUEST, prisma: db.prisma, input: { userId: user.id, expectedUpdatedAt: disabled.updatedAt } });
    expect(enabled.isActive).toBe(true);
    expect(await tenantAuditRows(db.url, user.id)).toEqual([
      {
        tenant_id: tenant.id, actor_type: "staff", actor_id: actor.id, actor_email: actor.email, action: "user.disable",
        resource_type: "user", resource_id: user.id, ip: REQUEST.ipAddress,
        details: { before: { isActive: true }, after: { isActive: false }, reason: "Shared their login" },
      },
      {
        tenant_id: tenant.id, actor_type: "staff", actor_id: actor.id, actor_email: actor.email, action: "user.enable",
        resource_type: "user", resource_id: user.id, ip: REQUEST.ipAddress,
        details: { before: { isActive: false }, after: { isActive: true } },
      },
    ]);
  });

  it("says so when the user is already in that state", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await insertTenant(db.prisma);
    const active = await insertUser(db.prisma, tenant.id, { name: "Ann Active" });
    const inactive = await insertUser(db.prisma, tenant.id, { name: null, email: "ivan@inactive.test", isActive: false });
    expect((await expectDomainError(enableTenantUser({ actor, request: REQUEST, prisma: db.prisma, input: { userId: active.id, expectedUpdatedAt: active.updatedAt } }), "no_change")).message)
      .toBe("Ann Active is already enabled.");
    expect((await expectDomainError(disableTenantUser({ actor, request: REQUEST, prisma: db.prisma, input: { userId: inactive.id, expectedUpdatedAt: inactive.updatedAt } }), "no_change")).message)
      .toBe("ivan@inactive.test is already disabled.");
  });

  it("refuses a stale edit, bad input and unknown users", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await insertTenant(db.prisma);
    const user = await insertUser(db.prisma, tenant.id);
    await db.prisma.user.update({ where: { id: user.id }, data: { role: "admin" } });
    await expectDomainError(disableTenantUser({ actor, request: REQUEST, prisma: db.prisma, input: { userId: user.id, expectedUpdatedAt: user.updatedAt } }), "stale");
    expect(await isActive(user.id)).toBe(true);

    const error = await expectDomainError(
      disableTenantUser({ actor, request: REQUEST, prisma: db.prisma, input: { userId: "nope", expectedUpdatedAt: "", reason: "r".repeat(501) } }),
      "invalid_input",
    );
    expect(Object.keys(error.extra.fieldErrors ?? {}).sort()).toEqual(["expectedUpdatedAt", "reason", "userId"]);
    await expectDomainError(
      enableTenantUser({ actor, request: REQUEST, prisma: db.prisma, input: { userId: "00000000-0000-4000-8000-000000000000", expectedUpdatedAt: new Date() } }),
      "not_found",
    );
  });

  it("refuses a support actor for both, writing nothing", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const tenant = await insertTenant(db.prisma);
    const active = await insertUser(db.prisma, tenant.id);
    const inactive = await insertUser(db.prisma, tenant.id, { isActive: false });
    const auditBefore = await countAll(db.url, "audit_logs");
    await expectDomainError(disableTenantUser({ actor: support, request: REQUEST, prisma: db.prisma, input: { userId: active.id, expectedUpdatedAt: active.updatedAt } }), "forbidden");
    await expectDomainError(enableTenantUser({ actor: support, request: REQUEST, prisma: db.prisma, input: { userId: inactive.id, expectedUpdatedAt: inactive.updatedAt } }), "forbidden");
    expect([await isActive(active.id), await isActive(inactive.id)]).toEqual([true, false]);
    expect(await countAll(db.url, "audit_logs")).toBe(auditBefore);
  });
});
