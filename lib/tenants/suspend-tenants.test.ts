import { describe, expect, it, vi } from "vitest";
import { insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { queryRows } from "../testing/sql";
import { suspendTenants } from "./suspend-tenants";
import { countAll, expectDomainError, insertApiKey, insertTenant, insertUser, tenantAuditRows } from "./tenant-test-kit";

vi.mock("server-only", () => ({}));

const NOW = new Date("2026-11-20T09:30:00.000Z");
const MISSING = "00000000-0000-4000-8000-000000000000";

describe("suspendTenants", () => {
  const db = useStaffDatabase();
  const asInput = (tenants: { id: string; updatedAt: Date }[]) => tenants.map((tenant) => ({ tenantId: tenant.id, expectedUpdatedAt: tenant.updatedAt.toISOString() }));
  const stored = (ids: string[]) =>
    queryRows<{ id: string; status: string; suspended_at: Date | null; suspension_reason: string | null }>(
      db.url, "SELECT id::text, status::text, suspended_at, suspension_reason FROM tenants WHERE id = ANY($1::uuid[]) ORDER BY id", [ids],
    );
  const seed = async () => {
    const acme = await insertTenant(db.prisma, { name: "Acme", status: "active" });
    const globex = await insertTenant(db.prisma, { name: "Globex", status: "trial" });
    await insertUser(db.prisma, acme.id);
    await insertApiKey(db.prisma, acme.id);
    return [acme, globex];
  };

  it("suspends every chosen tenant in one transaction, with one audit row per tenant", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenants = await seed();

    const after = await suspendTenants({ actor, request: REQUEST, prisma: db.prisma, now: NOW, input: { tenants: asInput(tenants), reason: "  Chargebacks  " } });

    expect(after.map((tenant) => tenant.status)).toEqual(["suspended", "suspended"]);
    expect(await stored(tenants.map((tenant) => tenant.id))).toEqual(
      tenants.map((tenant) => ({ id: tenant.id, status: "suspended", suspended_at: NOW, suspension_reason: "Chargebacks" })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    const [acme, globex] = tenants;
    expect(await tenantAuditRows(db.url, acme!.id)).toEqual([{
      tenant_id: acme!.id, actor_type: "staff", actor_id: actor.id, actor_email: actor.email, action: "tenant.suspend",
      resource_type: "tenant", resource_id: acme!.id, ip: REQUEST.ipAddress,
      details: {
        before: { status: "active", suspendedAt: null, suspensionReason: null },
        after: { status: "suspended", suspendedAt: NOW.toISOString(), suspensionReason: "Chargebacks" },
        reason: "Chargebacks",
        impact: { activeUsers: 1, activeApiKeys: 1, activeAgents: 0, activeWorkflows: 0, runningExecutions: 0, pendingExecutions: 0, subscription: null },
        bulkCount: 2,
      },
    }]);
    expect(await tenantAuditRows(db.url, globex!.id)).toMatchObject([{ action: "tenant.suspend", details: { before: { status: "trial" }, bulkCount: 2 } }]);

    // The tenant rows and their audit rows were written by one transaction.
    const writers = await queryRows<{ x: string }>(db.url, `
      SELECT xmin::text AS x FROM audit_logs WHERE resource_id = ANY($1)
      UNION ALL SELECT xmin::text FROM tenants WHERE id::text = ANY($1)`, [tenants.map((tenant) => tenant.id)]);
    expect(writers).toHaveLength(4);
    expect(new Set(writers.map((row) => row.x)).size).toBe(1);
  });

  it("suspends nothing when one tenant changed since the list was loaded, and says which", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenants = await seed();
    await db.prisma.tenant.update({ where: { id: tenants[1]!.id }, data: { name: "Globex Corp" } });
    const auditBefore = await countAll(db.url, "audit_logs");
    const error = await expectDomainError(suspendTenants({ actor, request: REQUEST, prisma: db.prisma, input: { tenants: asInput(tenants), reason: "Spam" } }), "stale");
    expect(error.message).toBe("Someone else changed Globex Corp after you loaded the list, so nothing was suspended. Check the current values and try again.");
    expect(error.extra.current).toHaveLength(2);
    expect((await stored(tenants.map((tenant) => tenant.id))).map((row) => row.status).sort()).toEqual(["active", "trial"]);
    expect(await countAll(db.url, "audit_logs")).toBe(auditBefore);
  });

  it("suspends nothing when a chosen tenant is already suspended, cancelled or gone", async () => {
    const actor = await insertAdminSession(db.prisma);
    const [acme] = await seed();
    const suspended = await insertTenant(db.prisma, { name: "Paused Co", status: "suspended", suspendedAt: NOW, suspensionReason: "Abuse" });
    const cancelled = await insertTenant(db.prisma, { name: "Gone Ltd", status: "cancelled" });
    const auditBefore = await countAll(db.url, "audit_logs");

    const already = await expectDomainError(
      suspendTenants({ actor, request: REQUEST, prisma: db.prisma, input: { tenants: asInput([acme!, suspended]), reason: "Spam" } }), "conflict",
    );
    expect(already.message).toBe("Paused Co is already suspended, so nothing was suspended. Leave it out and try again.");
    const gone = await expectDomainError(
      suspendTenants({ actor, request: REQUEST, prisma: db.prisma, input: { tenants: asInput([acme!, cancelled]), reason: "Spam" } }), "conflict",
    );
    expect(gone.message).toBe("Gone Ltd is cancelled and cannot be suspended, so nothing was suspended. Leave it out and try again.");
    const missing = await expectDomainError(
      suspendTenants({ actor, request: REQUEST, prisma: db.prisma, input: { tenants: [...asInput([acme!]), { tenantId: MISSING, expectedUpdatedAt: NOW }], reason: "Spam" } }),
      "not_found",
    );
    expect(missing.message).toBe("One of the chosen tenants no longer exists, so nothing was suspended. Reload the list and choose again.");
    expect((await stored([acme!.id]))[0]!.status).toBe("active");
    expect(await countAll(db.url, "audit_logs")).toBe(auditBefore);
  });

  it("refuses support, and answers bad input with field errors", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const admin = await insertAdminSession(db.prisma);
    const tenants = await seed();
    const auditBefore = await countAll(db.url, "audit_logs");
    await expectDomainError(suspendTenants({ actor: support, request: REQUEST, prisma: db.prisma, input: { tenants: asInput(tenants), reason: "Spam" } }), "forbidden");
    const empty = await expectDomainError(suspendTenants({ actor: admin, request: REQUEST, prisma: db.prisma, input: { tenants: [], reason: "" } }), "invalid_input");
    expect(empty.extra.fieldErrors).toEqual({ tenants: ["Choose at least one tenant to suspend."], reason: ["Give a reason of at least 3 characters."] });
    const tooMany = Array.from({ length: 101 }, () => asInput(tenants)[0]!);
    const many = await expectDomainError(suspendTenants({ actor: admin, request: REQUEST, prisma: db.prisma, input: { tenants: tooMany } as never }), "invalid_input");
    expect(many.extra.fieldErrors).toEqual({ tenants: ["Suspend at most 100 tenants at once."], reason: ["Give a reason."] });
    expect((await stored(tenants.map((tenant) => tenant.id))).map((row) => row.status).sort()).toEqual(["active", "trial"]);
    expect(await countAll(db.url, "audit_logs")).toBe(auditBefore);
  });

  it("lets two overlapping bulk suspensions queue: the second is refused, nothing is suspended twice", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenants = await seed();
    const results = await Promise.allSettled([
      suspendTenants({ actor, request: REQUEST, prisma: db.prisma, input: { tenants: asInput(tenants), reason: "First" } }),
      suspendTenants({ actor, request: REQUEST, prisma: db.prisma, input: { tenants: asInput([...tenants].reverse()), reason: "Second" } }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const audits = await queryRows(db.url, "SELECT 1 FROM audit_logs WHERE action = 'tenant.suspend' AND resource_id = ANY($1)", [tenants.map((tenant) => tenant.id)]);
    expect(audits).toHaveLength(2);
  });
});
