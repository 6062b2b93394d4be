import { describe, expect, it, vi } from "vitest";
import { insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { queryRows } from "../testing/sql";
import { updateTenant } from "./update-tenant";
import { countAll, expectDomainError, insertTenant, tenantAuditRows } from "./tenant-test-kit";

vi.mock("server-only", () => ({}));

const MISSING = "00000000-0000-4000-8000-000000000000";

describe("updateTenant", () => {
  const db = useStaffDatabase();
  const stored = async (id: string) =>
    (await queryRows(db.url, "SELECT name, slug, billing_email, status::text FROM tenants WHERE id = $1", [id]))[0];

  it("changes only the fields sent and audits before/after of the ones that changed", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await insertTenant(db.prisma, { name: "Initech", slug: "initech", billingEmail: "ap@initech.test" });

    const after = await updateTenant({
      actor, request: REQUEST, prisma: db.prisma,
      input: { tenantId: tenant.id, expectedUpdatedAt: tenant.updatedAt.toISOString(), name: "Initech Corp", slug: "initech", billingEmail: "" },
    });

    expect(after).toMatchObject({ id: tenant.id, name: "Initech Corp", slug: "initech", billingEmail: null });
    expect(await stored(tenant.id)).toEqual({ name: "Initech Corp", slug: "initech", billing_email: null, status: "active" });
    expect(await tenantAuditRows(db.url, tenant.id)).toEqual([{
      tenant_id: tenant.id, actor_type: "staff", actor_id: actor.id, actor_email: actor.email, action: "tenant.update",
      resource_type: "tenant", resource_id: tenant.id, ip: REQUEST.ipAddress,
      details: { before: { name: "Initech", billingEmail: "ap@initech.test" }, after: { name: "Initech Corp", billingEmail: null } },
    }]);
  });

  it("says nothing changed when the values are the same, and writes nothing", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await insertTenant(db.prisma, { name: "Same Name", slug: "same-name" });
    const error = await expectDomainError(
      updateTenant({ actor, request: REQUEST, prisma: db.prisma, input: { tenantId: tenant.id, expectedUpdatedAt: tenant.updatedAt, name: " Same Name ", slug: "SAME-NAME" } }),
      "no_change",
    );
    expect(error.message).toBe("Nothing changed: Same Name already has these values.");
    expect(await tenantAuditRows(db.url, tenant.id)).toEqual([]);
  });

  it("refuses a slug another tenant has, as a field error", async () => {
    const actor = await insertAdminSession(db.prisma);
    await insertTenant(db.prisma, { slug: "hooli" });
    const tenant = await insertTenant(db.prisma, { slug: "hooli-xyz" });
    const error = await expectDomainError(
      updateTenant({ actor, request: REQUEST, prisma: db.prisma, input: { tenantId: tenant.id, expectedUpdatedAt: tenant.updatedAt, slug: "hooli" } }),
      "conflict",
    );
    expect(error.extra.fieldErrors).toEqual({ slug: ["That slug is taken."] });
    expect((await stored(tenant.id))!.slug).toBe("hooli-xyz");
  });

  it("refuses a stale edit with the current values, changing nothing", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await insertTenant(db.prisma, { name: "Vandelay" });
    await db.prisma.tenant.update({ where: { id: tenant.id }, data: { name: "Vandelay Industries" } });
    const error = await expectDomainError(
      updateTenant({ actor, request: REQUEST, prisma: db.prisma, input: { tenantId: tenant.id, expectedUpdatedAt: tenant.updatedAt, name: "Vandelay Imports" } }),
      "stale",
    );
    expect(error.message).toMatch(/^Someone else changed Vandelay Industries after you opened it/);
    expect(error.extra.current).toMatchObject({ id: tenant.id, name: "Vandelay Industries" });
    expect((await stored(tenant.id))!.name).toBe("Vandelay Industries");
    expect(await tenantAuditRows(db.url, tenant.id)).toEqual([]);
  });

  it("answers bad input with field errors, and an unknown tenant with not_found", async () => {
    const actor = await insertAdminSession(db.prisma);
    const error = await expectDomainError(
      updateTenant({ actor, request: REQUEST, prisma: db.prisma, input: { tenantId: "42", expectedUpdatedAt: "soon", name: "x".repeat(201), slug: "a" } }),
      "invalid_input",
    );
    expect(error.extra.fieldErrors).toEqual({
      tenantId: ["This tenant does not exist."],
      expectedUpdatedAt: ["Reload the page and try again."],
      name: ["Use at most 200 characters."],
      slug: ["Use at least 2 characters."],
    });
    await expectDomainError(
      updateTenant({ actor, request: REQUEST, prisma: db.prisma, input: { tenantId: MISSING, expectedUpdatedAt: new Date(), name: "Ghost" } }),
      "not_found",
    );
  });

  it("refuses a support actor and writes nothing", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const tenant = await insertTenant(db.prisma, { name: "Untouched" });
    const auditBefore = await countAll(db.url, "audit_logs");
    await expectDomainError(
      updateTenant({ actor: support, request: REQUEST, prisma: db.prisma, input: { tenantId: tenant.id, expectedUpdatedAt: tenant.updatedAt, name: "Touched" } }),
      "forbidden",
    );
    expect((await stored(tenant.id))!.name).toBe("Untouched");
    expect(await countAll(db.url, "audit_logs")).toBe(auditBefore);
  });
});
