import { describe, expect, it, vi } from "vitest";
import { insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { countAll, expectDomainError, insertTenant, insertUser, tenantAuditRows } from "../tenants/tenant-test-kit";
import { queryRows } from "../testing/sql";
import { insertBlueprint } from "./blueprint-test-kit";
import { getBlueprint } from "./get-blueprint";
import { publishBlueprint } from "./publish-blueprint";
import { unpublishBlueprint } from "./unpublish-blueprint";

vi.mock("server-only", () => ({}));

describe("getBlueprint", () => {
  const db = useStaffDatabase();

  it("returns the blueprint with its publisher and creator, money and rating as strings, JSON as stored", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const tenant = await insertTenant(db.prisma, { name: "Publisher Co", slug: "publisher-co" });
    const creator = await insertUser(db.prisma, tenant.id, { name: "Cree Ator", email: "cree@publisher.test" });
    const definition = { steps: [{ id: "a", next: null }], nested: { n: 1.5 } };
    const blueprint = await insertBlueprint(db.prisma, {
      publisherId: tenant.id, createdBy: creator.id, definition, config: { model: "x" },
      pricingModel: "subscription", price: "19.90", currency: "EUR", rating: "4.50", reviewsCount: 12, downloads: 300,
    });

    expect(await getBlueprint({ actor: support, prisma: db.prisma, blueprintId: blueprint.id })).toEqual({
      id: blueprint.id, name: "Support triage", description: null, category: "support", definition, config: { model: "x" },
      pricingModel: "subscription", price: "19.90", currency: "EUR", isPublic: false, downloads: 300, rating: "4.50", reviewsCount: 12,
      publisherId: tenant.id, createdAt: blueprint.createdAt, updatedAt: blueprint.updatedAt,
      publisher: { id: tenant.id, name: "Publisher Co", slug: "publisher-co" },
      creator: { id: creator.id, name: "Cree Ator", email: "cree@publisher.test" },
    });
    const bare = await insertBlueprint(db.prisma);
    expect(await getBlueprint({ actor: support, prisma: db.prisma, blueprintId: bare.id })).toMatchObject({ price: "0.00", rating: null, publisher: null, creator: null });
  });

  it("answers not_found for an unknown or malformed id", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    for (const blueprintId of ["00000000-0000-4000-8000-000000000000", "bp-1"]) {
      await expectDomainError(getBlueprint({ actor: support, prisma: db.prisma, blueprintId }), "not_found");
    }
  });
});

describe("publishBlueprint and unpublishBlueprint", () => {
  const db = useStaffDatabase();
  const isPublic = async (id: string) => (await queryRows<{ is_public: boolean }>(db.url, "SELECT is_public FROM blueprints WHERE id = $1", [id]))[0]!.is_public;

  it("publishes and unpublishes, auditing both with the publisher tenant", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await insertTenant(db.prisma);
    const blueprint = await insertBlueprint(db.prisma, { publisherId: tenant.id });

    const published = await publishBlueprint({ actor, request: REQUEST, prisma: db.prisma, input: { blueprintId: blueprint.id, expectedUpdatedAt: blueprint.updatedAt.toISOString() } });
    expect(published).toMatchObject({ isPublic: true, price: "0.00" });
    const unpublished = await unpublishBlueprint({
      actor, request: REQUEST, prisma: db.prisma, input: { blueprintId: blueprint.id, expectedUpdatedAt: published.updatedAt, reason: "Broken step" },
    });
    expect(unpublished.isPublic).toBe(false);
    expect(await isPublic(blueprint.id)).toBe(false);
    expect(await tenantAuditRows(db.url, blueprint.id)).toEqual([
      {
        tenant_id: tenant.id, actor_type: "staff", actor_id: actor.id, actor_email: actor.email, action: "blueprint.publish",
        resource_type: "blueprint", resource_id: blueprint.id, ip: REQUEST.ipAddress, details: { before: { isPublic: false }, after: { isPublic: true } },
      },
      {
        tenant_id: tenant.id, actor_type: "staff", actor_id: actor.id, actor_email: actor.email, action: "blueprint.unpublish",
        resource_type: "blueprint", resource_id: blueprint.id, ip: REQUEST.ipAddress,
        details: { before: { isPublic: true }, after: { isPublic: false }, reason: "Broken step" },
      },
    ]);
  });

  it("says so when it is already published or unpublished, and refuses a stale edit", async () => {
    const actor = await insertAdminSession(db.prisma);
    const shown = await insertBlueprint(db.prisma, { name: "Shown", isPublic: true });
    const hidden = await insertBlueprint(db.prisma, { name: "Hidden" });
    expect((await expectDomainError(publishBlueprint({ actor, request: REQUEST, prisma: db.prisma, input: { blueprintId: shown.id, expectedUpdatedAt: shown.updatedAt } }), "no_change")).message)
      .toBe("Shown is already published.");
    expect((await expectDomainError(unpublishBlueprint({ actor, request: REQUEST, prisma: db.prisma, input: { blueprintId: hidden.id, expectedUpdatedAt: hidden.updatedAt } }), "no_change")).message)
      .toBe("Hidden is already unpublished.");

    await db.prisma.blueprint.update({ where: { id: hidden.id }, data: { description: "Edited meanwhile" } });
    await expectDomainError(publishBlueprint({ actor, request: REQUEST, prisma: db.prisma, input: { blueprintId: hidden.id, expectedUpdatedAt: hidden.updatedAt } }), "stale");
    expect(await isPublic(hidden.id)).toBe(false);
  });

  it("refuses a support actor for both, writing nothing", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const shown = await insertBlueprint(db.prisma, { isPublic: true });
    const hidden = await insertBlueprint(db.prisma);
    const auditBefore = await countAll(db.url, "audit_logs");
    await expectDomainError(publishBlueprint({ actor: support, request: REQUEST, prisma: db.prisma, input: { blueprintId: hidden.id, expectedUpdatedAt: hidden.updatedAt } }), "forbidden");
    await expectDomainError(unpublishBlueprint({ actor: support, request: REQUEST, prisma: db.prisma, input: { blueprintId: shown.id, expectedUpdatedAt: shown.updatedAt } }), "forbidden");
    expect([await isPublic(shown.id), await isPublic(hidden.id)]).toEqual([true, false]);
    expect(await countAll(db.url, "audit_logs")).toBe(auditBefore);
  });
});
