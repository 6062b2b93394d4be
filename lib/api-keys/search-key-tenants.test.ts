import { describe, expect, it, vi } from "vitest";
import { runSql } from "../testing/sql";
import { insertAdminSession, insertStaff, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { expectDomainError } from "./api-key-test-kit";
import { KEY_TENANT_MATCH_LIMIT, searchKeyTenants } from "./search-key-tenants";

vi.mock("server-only", () => ({}));

describe("searchKeyTenants", () => {
  const db = useStaffDatabase();

  it("finds tenants by name or slug, exact and prefix matches first, and marks those that cannot get keys", async () => {
    await runSql(db.url, "DELETE FROM tenants");
    const actor = await insertAdminSession(db.prisma);
    await db.prisma.tenant.createMany({
      data: [
        { name: "Northwind Acme", slug: "northwind", status: "active" },
        { name: "Acme", slug: "acme", status: "trial" },
        { name: "Acme Labs", slug: "acme-labs", status: "suspended" },
        { name: "Globex", slug: "globex-acme", status: "cancelled" },
        { name: "Initech", slug: "initech", status: "active" },
      ],
    });
    const found = await searchKeyTenants({ actor, prisma: db.prisma, query: " acme " });
    expect(found.map((tenant) => [tenant.name, tenant.canIssueKeys])).toEqual([
      ["Acme", true], ["Acme Labs", false], ["Northwind Acme", true], ["Globex", false],
    ]);
    expect(found[0]).toMatchObject({ slug: "acme", status: "trial" });
    expect((await searchKeyTenants({ actor, prisma: db.prisma, query: "init" })).map((tenant) => tenant.slug)).toEqual(["initech"]);
    // % and _ match themselves only.
    expect(await searchKeyTenants({ actor, prisma: db.prisma, query: "%" })).toEqual([]);
  });

  it("lists the first tenants by name for an empty query, at most 20", async () => {
    const actor = await insertAdminSession(db.prisma);
    await runSql(db.url, `INSERT INTO tenants (id, name, slug, status, updated_at)
      SELECT gen_random_uuid(), 'Bulk ' || g, 'bulk-' || g, 'active', now() FROM generate_series(1, 30) g`);
    expect(await searchKeyTenants({ actor, prisma: db.prisma, query: "" })).toHaveLength(KEY_TENANT_MATCH_LIMIT);
  });

  it("is for admins only", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    await expectDomainError(searchKeyTenants({ actor: support, prisma: db.prisma, query: "a" }), "forbidden");
  });
});
