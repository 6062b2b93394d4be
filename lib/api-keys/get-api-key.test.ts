import { describe, expect, it, vi } from "vitest";
import { insertStaff, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { daysFrom, expectDomainError, insertKey, insertTenant } from "./api-key-test-kit";
import { getApiKey } from "./get-api-key";

vi.mock("server-only", () => ({}));

describe("getApiKey", () => {
  const db = useStaffDatabase();

  it("shows a key to support with its tenant, staff creator and status, never its hash", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const creator = await insertStaff(db.prisma, { role: "admin", name: "Ada Admin" });
    const tenant = await insertTenant(db.prisma, { name: "Acme" });
    const key = await insertKey(db.prisma, { tenantId: tenant.id, createdByStaffId: creator.id, expiresAt: daysFrom(new Date(), -1) });

    const row = await getApiKey({ actor: support, prisma: db.prisma, keyId: key.id });
    expect(row).toEqual({
      id: key.id, name: key.name, keyPrefix: key.keyPrefix, scopes: key.scopes, status: "expired",
      expiresAt: key.expiresAt, revokedAt: null, revokedReason: null, lastUsedAt: null, lastUsedIp: null,
      createdAt: key.createdAt, updatedAt: key.updatedAt,
      tenant: { id: tenant.id, name: "Acme", slug: tenant.slug },
      createdBy: { kind: "staff", id: creator.id, name: "Ada Admin", email: creator.email },
    });
    expect(JSON.stringify(row)).not.toContain(key.keyHash);
  });

  it("names a tenant user as the creator of a key made in the platform", async () => {
    const admin = sessionOf(await insertStaff(db.prisma, { role: "admin" }));
    const tenant = await insertTenant(db.prisma);
    const user = await db.prisma.user.create({ data: { tenantId: tenant.id, email: `dev.${tenant.slug}@acme.test`, name: "Dee Dev" } });
    const key = await insertKey(db.prisma, { tenantId: tenant.id, createdBy: user.id });
    const row = await getApiKey({ actor: admin, prisma: db.prisma, keyId: key.id, now: new Date() });
    expect(row.createdBy).toEqual({ kind: "user", id: user.id, name: "Dee Dev", email: user.email });
    expect(row.status).toBe("active");
  });

  it("answers not found for a missing key or a malformed id", async () => {
    const admin = sessionOf(await insertStaff(db.prisma, { role: "admin" }));
    const error = await expectDomainError(getApiKey({ actor: admin, prisma: db.prisma, keyId: "00000000-0000-4000-8000-000000000000" }), "not_found");
    expect(error.message).toBe("This API key no longer exists. Reload the page to see the current list.");
    await expectDomainError(getApiKey({ actor: admin, prisma: db.prisma, keyId: "../etc" }), "not_found");
  });

  it("refuses a role without api_keys.view", async () => {
    const nobody = { id: "00000000-0000-4000-8000-000000000001", email: "x@y.test", name: "X", role: undefined as never };
    await expectDomainError(getApiKey({ actor: nobody, prisma: db.prisma, keyId: "00000000-0000-4000-8000-000000000000" }), "forbidden");
  });
});
