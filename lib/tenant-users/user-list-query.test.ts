import { beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffSession } from "../auth/current-staff";
import { insertAdminSession, insertStaff, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { paramsOf, seedBrowseFixture, type BrowseFixture } from "../workspaces/browse-test-kit";
import { listUsers } from "./list-users";
import { userListSpec } from "./user-list-spec";

vi.mock("server-only", () => ({}));

describe("listUsers", () => {
  const db = useStaffDatabase();
  let fx: BrowseFixture;
  let admin: StaffSession;
  let support: StaffSession;

  beforeAll(async () => {
    fx = await seedBrowseFixture(db.prisma);
    admin = await insertAdminSession(db.prisma);
    support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
  });

  const list = (query: string, tenantId?: string, actor = admin) => listUsers({ actor, prisma: db.prisma, params: paramsOf(userListSpec, query), tenantId });
  const emails = async (query: string, tenantId?: string) => (await list(query, tenantId)).rows.map((row) => row.email);

  it("lists users newest first with their tenant, for support too, and never a password hash", async () => {
    const result = await list("", undefined, support);
    expect(result.rows.map((row) => row.email)).toEqual(["dee@globex.test", "cy@globex.test", "bob@acme.test", "ada@acme.test"]);
    expect(result.rows.find((row) => row.email === "bob@acme.test")).toEqual({
      id: fx.users.bob.id,
      email: "bob@acme.test",
      name: "Bob Viewer",
      tenant: { id: fx.tenants.acme.id, name: "Acme Robotics" },
      role: "viewer",
      isActive: false,
      lastLoginAt: null,
      createdAt: fx.users.bob.createdAt,
      updatedAt: fx.users.bob.updatedAt,
    });
  });

  it("filters by role and by active, counting each facet under the other filters", async () => {
    const disabled = await list("active=false");
    expect(disabled.rows.map((row) => row.email)).toEqual(["bob@acme.test"]);
    expect(Object.fromEntries(disabled.facets.active!.map((count) => [count.value, count.count]))).toEqual({ true: 3, false: 1 });
    expect(Object.fromEntries(disabled.facets.role!.map((count) => [count.value, count.count]))).toEqual({ viewer: 1 });
    expect(await emails("active=true&role=owner,member")).toEqual(["cy@globex.test", "ada@acme.test"]);
    expect(await emails("created=2026-01-04..2026-01-05")).toEqual(["cy@globex.test", "bob@acme.test"]);
  });

  it("sorts by email, name, tenant and last sign-in (never signed in last)", async () => {
    expect(await emails("sort=email")).toEqual(["ada@acme.test", "bob@acme.test", "cy@globex.test", "dee@globex.test"]);
    expect(await emails("sort=-lastLoginAt")).toEqual(["cy@globex.test", "ada@acme.test", "dee@globex.test", "bob@acme.test"]);
    expect(await emails("sort=lastLoginAt")).toEqual(["dee@globex.test", "ada@acme.test", "cy@globex.test", "bob@acme.test"]);
    expect(await emails("sort=name")).toEqual(["ada@acme.test", "bob@acme.test", "dee@globex.test", "cy@globex.test"]);
    expect((await emails("sort=tenant")).slice(0, 2).sort()).toEqual(["ada@acme.test", "bob@acme.test"]);
  });

  it("searches email, name and tenant, and narrows to one tenant", async () => {
    expect(await emails("q=DEE")).toEqual(["dee@globex.test"]);
    expect(await emails("q=viewer")).toEqual(["bob@acme.test"]);
    expect(await emails("q=acme%20robotics")).toEqual(["bob@acme.test", "ada@acme.test"]);
    expect(await emails("", fx.tenants.globex.id)).toEqual(["dee@globex.test", "cy@globex.test"]);
    expect(await emails("active=true", fx.tenants.acme.id)).toEqual(["ada@acme.test"]);
    expect(await emails("q=globex", fx.tenants.acme.id)).toEqual([]);
  });
});
