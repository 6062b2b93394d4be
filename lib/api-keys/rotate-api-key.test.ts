import { describe, expect, it, vi } from "vitest";
import { queryRows } from "../testing/sql";
import { auditRowsFor, insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { hashApiKey, isWellFormedApiKey } from "./api-key-secret";
import {
  countKeyRows, daysFrom, expectDomainError, expectNoSecretsAudited, HOUR_MS, insertKey, insertTenant, storedKeys,
} from "./api-key-test-kit";
import { rotateApiKey } from "./rotate-api-key";

vi.mock("server-only", () => ({}));

describe("rotateApiKey", () => {
  const db = useStaffDatabase();
  const seed = async (key: { expiresAt?: Date | null; revokedAt?: Date | null } = {}, tenantStatus: "active" | "suspended" = "active") => {
    const tenant = await insertTenant(db.prisma, { status: tenantStatus });
    return insertKey(db.prisma, { tenantId: tenant.id, name: "Billing sync", scopes: ["usage:read", "agents:read"], expiresAt: daysFrom(new Date(), 60), ...key });
  };

  it("issues a replacement with the same tenant, name and scopes, and lets the old key run for 24 hours", async () => {
    const actor = await insertAdminSession(db.prisma);
    const old = await seed();
    const now = new Date();
    const expiresAt = daysFrom(now, 180);

    const result = await rotateApiKey({
      actor, request: REQUEST, prisma: db.prisma, now,
      input: { keyId: old.id, expectedUpdatedAt: old.updatedAt.toISOString(), expiresAt: expiresAt.toISOString() },
    });

    expect(isWellFormedApiKey(result.secret)).toBe(true);
    expect(result.key).toMatchObject({
      name: "Billing sync", scopes: old.scopes, expiresAt, status: "active", tenant: { id: old.tenantId },
      createdBy: { kind: "staff", id: actor.id },
    });
    const graceEnd = new Date(now.getTime() + 24 * HOUR_MS);
    expect(result.previous).toMatchObject({ id: old.id, status: "active", expiresAt: graceEnd, revokedAt: null });
    const [oldStored] = await storedKeys(db.url, "id = $1", [old.id]);
    const [newStored] = await storedKeys(db.url, "id = $1", [result.key.id]);
    expect(oldStored).toMatchObject({ expires_at: graceEnd, revoked_at: null, key_hash: old.keyHash });
    expect(newStored).toMatchObject({ tenant_id: old.tenantId, key_hash: hashApiKey(result.secret), created_by_staff_id: actor.id });

    const [rotate] = await auditRowsFor(db.url, old.id);
    expect(rotate).toMatchObject({
      action: "api_key.rotate", actor_id: actor.id, resource_type: "api_key",
      details: {
        before: { expiresAt: old.expiresAt!.toISOString() }, after: { expiresAt: graceEnd.toISOString() },
        keyPrefix: old.keyPrefix, graceHours: 24, replacedByKeyId: result.key.id, replacedByKeyPrefix: result.key.keyPrefix,
      },
    });
    expect(await auditRowsFor(db.url, result.key.id)).toMatchObject([{
      action: "api_key.create", resource_id: result.key.id,
      details: { name: "Billing sync", scopes: old.scopes, expiresAt: expiresAt.toISOString(), keyPrefix: result.key.keyPrefix, rotatedFromKeyId: old.id },
    }]);
    // xmin is the writing transaction: one value means both keys and both audit rows were written together.
    const writers = await queryRows<{ x: string }>(db.url, `
      SELECT xmin::text AS x FROM audit_logs WHERE resource_id = ANY($1)
      UNION ALL SELECT xmin::text FROM api_keys WHERE id::text = ANY($1)`, [[old.id, result.key.id]]);
    expect(writers).toHaveLength(4);
    expect(new Set(writers.map((row) => row.x)).size).toBe(1);
    await expectNoSecretsAudited(db.url, [result.secret], [old.keyHash, newStored!.key_hash]);
  });

  it("never extends the old key: an expiry sooner than the grace period stays", async () => {
    const actor = await insertAdminSession(db.prisma);
    const now = new Date();
    const soon = new Date(now.getTime() + 3 * HOUR_MS);
    const old = await seed({ expiresAt: soon });
    const result = await rotateApiKey({ actor, request: REQUEST, prisma: db.prisma, now, input: { keyId: old.id, expectedUpdatedAt: old.updatedAt, graceHours: "48", expiresAt: daysFrom(now, 30) } });
    expect(result.previous).toMatchObject({ expiresAt: soon, status: "active" });
    expect(result.previous.updatedAt.getTime()).toBeGreaterThan(old.updatedAt.getTime());
    expect((await auditRowsFor(db.url, old.id))[0]!.details).toEqual({
      before: {}, after: {}, keyPrefix: old.keyPrefix, graceHours: 48, replacedByKeyId: result.key.id, replacedByKeyPrefix: result.key.keyPrefix,
    });
  });

  it("gives a key without an expiry one at the end of the grace period", async () => {
    const actor = await insertAdminSession(db.prisma);
    const now = new Date();
    const old = await seed({ expiresAt: null });
    const result = await rotateApiKey({ actor, request: REQUEST, prisma: db.prisma, now, input: { keyId: old.id, expectedUpdatedAt: old.updatedAt, graceHours: 1, expiresAt: daysFrom(now, 30) } });
    expect(result.previous.expiresAt).toEqual(new Date(now.getTime() + HOUR_MS));
  });

  it("revokes the old key now when the grace period is 0", async () => {
    const actor = await insertAdminSession(db.prisma);
    const now = new Date();
    const old = await seed();
    const result = await rotateApiKey({ actor, request: REQUEST, prisma: db.prisma, now, input: { keyId: old.id, expectedUpdatedAt: old.updatedAt, graceHours: 0, expiresAt: daysFrom(now, 30) } });
    expect(result.previous).toMatchObject({ status: "revoked", revokedAt: now, expiresAt: old.expiresAt, revokedReason: `Rotated: replaced by ${result.key.keyPrefix}.` });
    expect((await auditRowsFor(db.url, old.id))[0]!.details).toMatchObject({
      before: { status: "active", revokedAt: null }, after: { status: "revoked", revokedAt: now.toISOString() }, graceHours: 0,
    });
  });

  it.each([
    ["revoked", { revokedAt: daysFrom(new Date(), -1) }],
    ["expired", { expiresAt: daysFrom(new Date(), -1) }],
  ] as const)("refuses a %s key and writes nothing", async (status, state) => {
    const actor = await insertAdminSession(db.prisma);
    const old = await seed(state);
    const before = await countKeyRows(db.url);
    const error = await expectDomainError(
      rotateApiKey({ actor, request: REQUEST, prisma: db.prisma, input: { keyId: old.id, expectedUpdatedAt: old.updatedAt, expiresAt: daysFrom(new Date(), 30) } }),
      "conflict",
    );
    expect(error.message).toBe(`The key "Billing sync" is ${status}, so it cannot be rotated. Create a new key instead.`);
    expect(await countKeyRows(db.url)).toEqual(before);
  });

  it("refuses a key of a suspended tenant", async () => {
    const actor = await insertAdminSession(db.prisma);
    const old = await seed({}, "suspended");
    await expectDomainError(
      rotateApiKey({ actor, request: REQUEST, prisma: db.prisma, input: { keyId: old.id, expectedUpdatedAt: old.updatedAt, expiresAt: daysFrom(new Date(), 30) } }),
      "conflict",
    );
  });

  it("refuses a stale updatedAt, and a second rotation from the same form, changing nothing", async () => {
    const actor = await insertAdminSession(db.prisma);
    const old = await seed();
    const input = { keyId: old.id, expectedUpdatedAt: old.updatedAt, expiresAt: daysFrom(new Date(), 30) };
    await rotateApiKey({ actor, request: REQUEST, prisma: db.prisma, input });
    const before = await countKeyRows(db.url);
    const error = await expectDomainError(rotateApiKey({ actor, request: REQUEST, prisma: db.prisma, input }), "stale");
    expect(error.extra.current).toMatchObject({ id: old.id, status: "active" });
    expect(await countKeyRows(db.url)).toEqual(before);
  });

  it("refuses a support actor and writes nothing", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const old = await seed();
    const before = await countKeyRows(db.url);
    await expectDomainError(
      rotateApiKey({ actor: support, request: REQUEST, prisma: db.prisma, input: { keyId: old.id, expectedUpdatedAt: old.updatedAt, expiresAt: daysFrom(new Date(), 30) } }),
      "forbidden",
    );
    expect(await countKeyRows(db.url)).toEqual(before);
  });

  it("answers bad grace periods and expiries with field errors", async () => {
    const actor = await insertAdminSession(db.prisma);
    const old = await seed();
    const now = new Date();
    const error = await expectDomainError(
      rotateApiKey({ actor, request: REQUEST, prisma: db.prisma, now, input: { keyId: old.id, expectedUpdatedAt: old.updatedAt, graceHours: 169, expiresAt: daysFrom(now, 366) } }),
      "invalid_input",
    );
    expect(error.extra.fieldErrors).toEqual({
      graceHours: ["Enter whole hours from 0 to 168."], expiresAt: ["Choose an expiry date at most 365 days from now."],
    });
    for (const graceHours of [-1, 1.5, "soon"]) {
      const bad = await expectDomainError(
        rotateApiKey({ actor, request: REQUEST, prisma: db.prisma, now, input: { keyId: old.id, expectedUpdatedAt: old.updatedAt, graceHours, expiresAt: daysFrom(now, 3) } }),
        "invalid_input",
      );
      expect(bad.extra.fieldErrors).toEqual({ graceHours: ["Enter whole hours from 0 to 168."] });
    }
    const missing = await expectDomainError(
      rotateApiKey({ actor, request: REQUEST, prisma: db.prisma, now, input: { keyId: old.id, expectedUpdatedAt: old.updatedAt } }),
      "invalid_input",
    );
    expect(missing.extra.fieldErrors).toEqual({ expiresAt: ["Choose when the key expires. Every key needs an expiry date."] });
  });
});
