import { describe, expect, it, vi } from "vitest";
import { queryRows } from "../testing/sql";
import { auditRowsFor, insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { hashApiKey, isWellFormedApiKey } from "./api-key-secret";
import {
  countKeyRows, daysFrom, expectDomainError, expectNoSecretsAudited, HOUR_MS, insertTenant, storedKeys,
} from "./api-key-test-kit";
import { createApiKey } from "./create-api-key";

vi.mock("server-only", () => ({}));

describe("createApiKey", () => {
  const db = useStaffDatabase();

  it("issues a key, stores only its prefix and hash, and audits what was issued", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await insertTenant(db.prisma, { status: "trial", name: "Acme Robotics" });
    const expiresAt = daysFrom(new Date(), 90);

    const result = await createApiKey({
      actor, request: REQUEST, prisma: db.prisma,
      input: { tenantId: tenant.id, name: "  CI pipeline ", scopes: ["workflows:read", "agents:read", "agents:read"], expiresAt: expiresAt.toISOString() },
    });

    if (result.replayed) throw new Error("expected a new key");
    expect(isWellFormedApiKey(result.secret)).toBe(true);
    expect(result.key).toMatchObject({
      name: "CI pipeline", scopes: ["agents:read", "workflows:read"], status: "active", expiresAt, revokedAt: null,
      keyPrefix: result.secret.slice(0, 17), tenant: { id: tenant.id, name: "Acme Robotics", slug: tenant.slug },
      createdBy: { kind: "staff", id: actor.id, name: actor.name, email: actor.email },
    });
    expect(result.key).not.toHaveProperty("keyHash");

    const [stored] = await storedKeys(db.url, "id = $1", [result.key.id]);
    expect(stored).toMatchObject({
      tenant_id: tenant.id, name: "CI pipeline", key_prefix: result.key.keyPrefix, key_hash: hashApiKey(result.secret),
      scopes: ["agents:read", "workflows:read"], expires_at: expiresAt, created_by_staff_id: actor.id, revoked_at: null,
    });
    expect(JSON.stringify(await queryRows(db.url, "SELECT * FROM api_keys"))).not.toContain(result.secret);

    expect(await auditRowsFor(db.url, result.key.id)).toEqual([{
      actor_type: "staff", actor_id: actor.id, actor_email: actor.email, action: "api_key.create",
      resource_type: "api_key", resource_id: result.key.id, ip: REQUEST.ipAddress, user_agent: REQUEST.userAgent,
      details: { name: "CI pipeline", scopes: ["agents:read", "workflows:read"], expiresAt: expiresAt.toISOString(), keyPrefix: result.key.keyPrefix },
    }]);
    const [audit] = await queryRows<{ tenant_id: string }>(db.url, "SELECT tenant_id FROM audit_logs WHERE resource_id = $1", [result.key.id]);
    expect(audit!.tenant_id).toBe(tenant.id);
    await expectNoSecretsAudited(db.url, [result.secret], [stored!.key_hash]);
  });

  it("refuses a support actor and writes nothing", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const tenant = await insertTenant(db.prisma);
    const before = await countKeyRows(db.url);
    const error = await expectDomainError(
      createApiKey({ actor: support, request: REQUEST, prisma: db.prisma, input: { tenantId: tenant.id, name: "x", scopes: ["usage:read"], expiresAt: daysFrom(new Date(), 1) } }),
      "forbidden",
    );
    expect(error.status).toBe(403);
    expect(await countKeyRows(db.url)).toEqual(before);
  });

  it("answers bad input with a sentence under each field", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await insertTenant(db.prisma);
    const now = new Date("2026-11-20T09:00:00.000Z");
    const attempt = async (input: Record<string, unknown>) => {
      const error = await expectDomainError(
        createApiKey({ actor, request: REQUEST, prisma: db.prisma, now, input: { tenantId: tenant.id, name: "Key", scopes: ["usage:read"], expiresAt: daysFrom(now, 30), ...input } as never }),
        "invalid_input",
      );
      expect(error.message).toBe("Check the highlighted fields and try again.");
      return error.extra.fieldErrors;
    };
    const before = await countKeyRows(db.url);

    expect(await attempt({ expiresAt: undefined })).toEqual({ expiresAt: ["Choose when the key expires. Every key needs an expiry date."] });
    expect(await attempt({ expiresAt: "" })).toEqual({ expiresAt: ["Choose when the key expires. Every key needs an expiry date."] });
    expect(await attempt({ expiresAt: "next tuesday" })).toEqual({ expiresAt: ["Enter a valid expiry date, such as 2027-03-31."] });
    expect(await attempt({ expiresAt: now })).toEqual({ expiresAt: ["Choose an expiry date in the future."] });
    expect(await attempt({ expiresAt: daysFrom(now, -1).toISOString() })).toEqual({ expiresAt: ["Choose an expiry date in the future."] });
    expect(await attempt({ expiresAt: new Date(daysFrom(now, 365).getTime() + 1) })).toEqual({ expiresAt: ["Choose an expiry date at most 365 days from now."] });
    expect(await attempt({ name: "   " })).toEqual({ name: ["Enter a name for the key."] });
    expect(await attempt({ name: "n".repeat(201) })).toEqual({ name: ["Use at most 200 characters."] });
    expect(await attempt({ scopes: ["agents:read", "root:all"] })).toEqual({ scopes: ['"root:all" is not a scope the console can grant. Choose scopes from the list.'] });
    expect(await attempt({ scopes: [] })).toEqual({ scopes: ["Choose at least one scope."] });
    expect(await attempt({ scopes: undefined })).toEqual({ scopes: ["Choose at least one scope."] });
    expect(await attempt({ tenantId: "acme" })).toEqual({ tenantId: ["Choose a tenant."] });
    expect(await countKeyRows(db.url)).toEqual(before);
  });

  it("accepts an expiry exactly 365 days out and a single scope sent as a string", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await insertTenant(db.prisma);
    const now = new Date();
    const result = await createApiKey({
      actor, request: REQUEST, prisma: db.prisma, now,
      input: { tenantId: tenant.id, name: "Year", scopes: "usage:read", expiresAt: daysFrom(now, 365) },
    });
    expect(result.key).toMatchObject({ scopes: ["usage:read"], expiresAt: daysFrom(now, 365) });
  });

  it("answers not found for a tenant that does not exist", async () => {
    const actor = await insertAdminSession(db.prisma);
    const error = await expectDomainError(
      createApiKey({ actor, request: REQUEST, prisma: db.prisma, input: { tenantId: "00000000-0000-4000-8000-000000000000", name: "x", scopes: ["usage:read"], expiresAt: daysFrom(new Date(), 1) } }),
      "not_found",
    );
    expect(error.message).toBe("This tenant no longer exists. Reload the page to see the current list.");
  });

  it.each(["suspended", "cancelled"] as const)("refuses a %s tenant with a sentence and writes nothing", async (status) => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await insertTenant(db.prisma, { status, name: "Dormant Ltd" });
    const before = await countKeyRows(db.url);
    const error = await expectDomainError(
      createApiKey({ actor, request: REQUEST, prisma: db.prisma, input: { tenantId: tenant.id, name: "x", scopes: ["usage:read"], expiresAt: daysFrom(new Date(), 1) } }),
      "conflict",
    );
    expect(error.message).toBe(`Dormant Ltd is ${status}, so no new API keys can be issued for it. Reactivate the tenant first.`);
    expect(await countKeyRows(db.url)).toEqual(before);
  });
});

describe("createApiKey with an idempotency key", () => {
  const db = useStaffDatabase();
  const inputFor = (tenantId: string, idempotencyKey: string, now = new Date()) => ({
    tenantId, name: "Deploy bot", scopes: ["agents:write"], expiresAt: daysFrom(now, 30), idempotencyKey,
  });

  it("returns the first key, without a secret, when the same person submits again", async () => {
    const actor = await insertAdminSession(db.prisma);
    const tenant = await insertTenant(db.prisma);
    const first = await createApiKey({ actor, request: REQUEST, prisma: db.prisma, input: inputFor(tenant.id, "form-1") });
    const again = await createApiKey({ actor, request: REQUEST, prisma: db.prisma, input: inputFor(tenant.id, "form-1") });

    expect(first.replayed).toBe(false);
    expect(again).toEqual({ key: first.key, secret: null, replayed: true });
    expect(await storedKeys(db.url, "tenant_id = $1", [tenant.id])).toHaveLength(1);
    const audits = await auditRowsFor(db.url, first.key.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details).toMatchObject({ idempotencyKey: "form-1" });
  });

  it("creates exactly one key when the same form is submitted concurrently", async () => {
    const actor = await insertAdminSession(db.prisma);
    for (let round = 0; round < 5; round += 1) {
      const tenant = await insertTenant(db.prisma);
      const results = await Promise.all(
        Array.from({ length: 3 }, () => createApiKey({ actor, request: REQUEST, prisma: db.prisma, input: inputFor(tenant.id, `race-${round}`) })),
      );
      expect(new Set(results.map((result) => result.key.id)).size).toBe(1);
      expect(results.filter((result) => !result.replayed)).toHaveLength(1);
      expect(results.filter((result) => result.secret !== null)).toHaveLength(1);
      expect(await storedKeys(db.url, "tenant_id = $1", [tenant.id])).toHaveLength(1);
      expect(await auditRowsFor(db.url, results[0]!.key.id)).toHaveLength(1);
    }
  });

  it("does not replay another person's submit, a different idempotency key, or one older than 24 hours", async () => {
    const ada = await insertAdminSession(db.prisma, "Ada");
    const bob = await insertAdminSession(db.prisma, "Bob");
    const tenant = await insertTenant(db.prisma);
    const first = await createApiKey({ actor: ada, request: REQUEST, prisma: db.prisma, input: inputFor(tenant.id, "shared") });
    const byBob = await createApiKey({ actor: bob, request: REQUEST, prisma: db.prisma, input: inputFor(tenant.id, "shared") });
    const otherForm = await createApiKey({ actor: ada, request: REQUEST, prisma: db.prisma, input: inputFor(tenant.id, "other") });
    const later = new Date(Date.now() + 25 * HOUR_MS);
    const nextDay = await createApiKey({ actor: ada, request: REQUEST, prisma: db.prisma, now: later, input: inputFor(tenant.id, "shared", later) });

    for (const result of [byBob, otherForm, nextDay]) {
      expect(result.replayed).toBe(false);
      expect(result.key.id).not.toBe(first.key.id);
    }
    expect(await storedKeys(db.url, "tenant_id = $1", [tenant.id])).toHaveLength(4);
  });
});
