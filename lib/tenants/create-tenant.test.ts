import { describe, expect, it, vi } from "vitest";
import { insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { queryRows, runSql } from "../testing/sql";
import { createTenant } from "./create-tenant";
import { countAll, expectDomainError, insertTenant, tenantAuditRows } from "./tenant-test-kit";

vi.mock("server-only", () => ({}));

describe("createTenant", () => {
  const db = useStaffDatabase();

  it("creates a trial tenant with a slug from its name and audits what it set", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await createTenant({
      actor, request: REQUEST, prisma: db.prisma,
      input: { name: "  Ünïcorn Labs, Inc.  ", billingEmail: " Billing@Unicorn.TEST " },
    });

    expect(tenant).toMatchObject({ name: "Ünïcorn Labs, Inc.", slug: "unicorn-labs-inc", status: "trial", billingEmail: "billing@unicorn.test" });
    expect(await tenantAuditRows(db.url, tenant.id)).toEqual([{
      tenant_id: tenant.id, actor_type: "staff", actor_id: actor.id, actor_email: actor.email, action: "tenant.create",
      resource_type: "tenant", resource_id: tenant.id, ip: REQUEST.ipAddress,
      details: {
        before: { name: null, slug: null, status: null, billingEmail: null },
        after: { name: "Ünïcorn Labs, Inc.", slug: "unicorn-labs-inc", status: "trial", billingEmail: "billing@unicorn.test" },
      },
    }]);
  });

  it("takes the next free suffix when the name's slug is taken, and refuses a typed slug that is taken", async () => {
    const actor = await insertAdminSession(db.prisma);
    await insertTenant(db.prisma, { slug: "globex" });
    await insertTenant(db.prisma, { slug: "globex-2" });
    const third = await createTenant({ actor, request: REQUEST, prisma: db.prisma, input: { name: "Globex", status: "active" } });
    expect(third).toMatchObject({ slug: "globex-3", status: "active", billingEmail: null });

    const error = await expectDomainError(
      createTenant({ actor, request: REQUEST, prisma: db.prisma, input: { name: "Another Globex", slug: "globex" } }),
      "conflict",
    );
    expect(error.extra.fieldErrors).toEqual({ slug: ["That slug is taken."] });
    expect(await queryRows(db.url, "SELECT 1 FROM tenants WHERE name = 'Another Globex'")).toEqual([]);
  });

  it("answers bad input with field errors", async () => {
    const actor = await insertAdminSession(db.prisma);
    const error = await expectDomainError(
      createTenant({
        actor, request: REQUEST, prisma: db.prisma,
        input: { name: " ", slug: "Not--a slug", billingEmail: "not-an-email", status: "suspended" as "trial" },
      }),
      "invalid_input",
    );
    expect(error.extra.fieldErrors).toEqual({
      name: ["Enter a name."],
      slug: ["Use lower-case letters, digits and single hyphens, such as acme-labs."],
      billingEmail: ["Enter a valid email address, such as billing@example.com."],
      status: ["Choose trial or active."],
    });
    const noSlug = await expectDomainError(createTenant({ actor, request: REQUEST, prisma: db.prisma, input: { name: "株式会社" } }), "invalid_input");
    expect(noSlug.extra.fieldErrors).toEqual({ slug: ["Enter a slug: the name has too few letters or digits to make one."] });
  });

  it("refuses a support actor and writes nothing", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const [tenantsBefore, auditBefore] = [await countAll(db.url, "tenants"), await countAll(db.url, "audit_logs")];
    await expectDomainError(createTenant({ actor: support, request: REQUEST, prisma: db.prisma, input: { name: "Nope Inc" } }), "forbidden");
    expect(await countAll(db.url, "tenants")).toBe(tenantsBefore);
    expect(await countAll(db.url, "audit_logs")).toBe(auditBefore);
  });

  it("creates one tenant for two concurrent requests with the same idempotency key, and both answers agree", async () => {
    const actor = await insertAdminSession(db.prisma);
    // Holds the first insert open long enough for the second request to arrive meanwhile.
    await runSql(db.url, `
      CREATE FUNCTION test_slow_tenant_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(0.3); RETURN NEW; END $$;
      CREATE TRIGGER test_slow_tenant_insert BEFORE INSERT ON tenants FOR EACH ROW
        WHEN (NEW.name = 'Double Click Co') EXECUTE FUNCTION test_slow_tenant_insert();`);
    const input = { name: "Double Click Co", idempotencyKey: "form-7f3c2a" };
    const [first, second] = await Promise.all([
      createTenant({ actor, request: REQUEST, prisma: db.prisma, input }),
      createTenant({ actor, request: REQUEST, prisma: db.prisma, input }),
    ]);
    expect(second).toEqual(first);
    expect(await queryRows(db.url, "SELECT slug FROM tenants WHERE name = 'Double Click Co'")).toEqual([{ slug: "double-click-co" }]);
    const audit = await tenantAuditRows(db.url, first.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ idempotencyKey: "form-7f3c2a" });

    // A later repeat gets the same tenant; the same key from someone else is a new request.
    const again = await createTenant({ actor, request: REQUEST, prisma: db.prisma, input });
    expect(again.id).toBe(first.id);
    const colleague = await insertAdminSession(db.prisma, "Grace Admin");
    const theirs = await createTenant({ actor: colleague, request: REQUEST, prisma: db.prisma, input });
    expect(theirs).toMatchObject({ slug: "double-click-co-2" });
  });
});
