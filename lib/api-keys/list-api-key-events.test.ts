import { describe, expect, it, vi } from "vitest";
import { runSql } from "../testing/sql";
import { insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { daysFrom, expectDomainError, insertKey, insertTenant } from "./api-key-test-kit";
import { listApiKeyEvents } from "./list-api-key-events";
import { revokeApiKey } from "./revoke-api-key";

vi.mock("server-only", () => ({}));

describe("listApiKeyEvents", () => {
  const db = useStaffDatabase();

  it("lists the key's own audit events, newest first, at most 20", async () => {
    const admin = await insertAdminSession(db.prisma);
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const tenant = await insertTenant(db.prisma);
    const key = await insertKey(db.prisma, { tenantId: tenant.id });
    const other = await insertKey(db.prisma, { tenantId: tenant.id });
    await runSql(db.url, `INSERT INTO audit_logs (actor_type, action, resource_type, resource_id, details, created_at)
      SELECT 'system', 'api_key.used', 'api_key', '${key.id}', jsonb_build_object('n', g), now() - make_interval(days => 30 - g) FROM generate_series(1, 25) g;
      INSERT INTO audit_logs (actor_type, action, resource_type, resource_id) VALUES ('system', 'api_key.create', 'api_key', '${other.id}'),
        ('system', 'tenant.update', 'tenant', '${key.id}')`);
    await revokeApiKey({ actor: admin, request: REQUEST, prisma: db.prisma, input: { keyId: key.id, reason: "Leaked" } });

    const events = await listApiKeyEvents({ actor: support, prisma: db.prisma, keyId: key.id });
    expect(events).toHaveLength(20);
    expect(events[0]).toMatchObject({
      action: "api_key.revoke", actorType: "staff", actorEmail: admin.email, ipAddress: REQUEST.ipAddress,
      details: { after: { status: "revoked", revokedReason: "Leaked" }, keyPrefix: key.keyPrefix },
    });
    expect(events.slice(1).map((event) => event.details.n)).toEqual(Array.from({ length: 19 }, (_, index) => 25 - index));
    expect(typeof events[0]!.id).toBe("string");
    expect(events[0]!.createdAt.getTime()).toBeGreaterThan(daysFrom(new Date(), -1).getTime());
    expect(await listApiKeyEvents({ actor: support, prisma: db.prisma, keyId: "not-a-uuid" })).toEqual([]);
  });

  it("refuses a role without api_keys.view", async () => {
    const nobody = { id: "00000000-0000-4000-8000-000000000001", email: "x@y.test", name: "X", role: undefined as never };
    await expectDomainError(listApiKeyEvents({ actor: nobody, prisma: db.prisma, keyId: "00000000-0000-4000-8000-000000000000" }), "forbidden");
  });
});
