import { describe, expect, it, vi } from "vitest";
import { queryRows } from "../testing/sql";
import { auditRowsFor, insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { countKeyRows, daysFrom, expectDomainError, expectNoSecretsAudited, insertKey, insertTenant, storedKeys } from "./api-key-test-kit";
import { revokeApiKeys } from "./revoke-api-keys";

vi.mock("server-only", () => ({}));

describe("revokeApiKeys", () => {
  const db = useStaffDatabase();
  const seedKeys = async () => {
    const acme = await insertTenant(db.prisma, { name: "Acme" });
    const globex = await insertTenant(db.prisma, { name: "Globex" });
    return Promise.all([
      insertKey(db.prisma, { tenantId: acme.id, name: "CI pipeline" }),
      insertKey(db.prisma, { tenantId: acme.id, name: "Billing sync", expiresAt: daysFrom(new Date(), -3) }),
      insertKey(db.prisma, { tenantId: globex.id, name: "Importer" }),
    ]);
  };
  const asInput = (keys: { id: string }[]) => keys.map((key) => key.id);

  it("revokes every chosen key in one transaction, with one audit row per key", async () => {
    const actor = await insertAdminSession(db.prisma);
    const keys = await seedKeys();
    const now = new Date();

    const rows = await revokeApiKeys({ actor, request: REQUEST, prisma: db.prisma, now, input: { keyIds: asInput(keys), reason: " Leaked in a log " } });

    expect(rows.map((row) => [row.id, row.status, row.revokedReason])).toEqual(
      keys.map((key) => [key.id, "revoked", "Leaked in a log"]).sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
    const stored = await storedKeys(db.url, "id = ANY($1::uuid[])", [keys.map((key) => key.id)]);
    expect(stored.every((key) => key.revoked_at?.getTime() === now.getTime() && key.revoked_reason === "Leaked in a log")).toBe(true);
    for (const key of keys) {
      const [audit] = await auditRowsFor(db.url, key.id);
      expect(audit).toMatchObject({
        action: "api_key.revoke", actor_id: actor.id, resource_type: "api_key",
        details: {
          before: { revokedAt: null, revokedReason: null }, after: { revokedAt: now.toISOString(), revokedReason: "Leaked in a log", status: "revoked" },
          keyPrefix: key.keyPrefix, bulkCount: 3,
        },
      });
    }
    // The expired key's status was "expired" before; the others were active.
    expect((await auditRowsFor(db.url, keys[1]!.id))[0]!.details).toMatchObject({ before: { status: "expired" } });
    const writers = await queryRows<{ x: string }>(db.url, `
      SELECT xmin::text AS x FROM audit_logs WHERE resource_id = ANY($1)
      UNION ALL SELECT xmin::text FROM api_keys WHERE id::text = ANY($1)`, [keys.map((key) => key.id)]);
    expect(writers).toHaveLength(6);
    expect(new Set(writers.map((row) => row.x)).size).toBe(1);
    await expectNoSecretsAudited(db.url, [], keys.map((key) => key.keyHash));
  });

  it("revokes keys that changed since the list was loaded: revoking overwrites nothing", async () => {
    const actor = await insertAdminSession(db.prisma);
    const keys = await seedKeys();
    // The platform marking a key as used must not make it impossible to revoke from the list.
    await db.prisma.apiKey.update({ where: { id: keys[2]!.id }, data: { name: "Importer v2", lastUsedAt: new Date() } });
    const rows = await revokeApiKeys({ actor, request: REQUEST, prisma: db.prisma, input: { keyIds: asInput(keys) } });
    expect(rows.map((row) => row.status)).toEqual(["revoked", "revoked", "revoked"]);
    expect((await storedKeys(db.url, "id = ANY($1::uuid[])", [keys.map((key) => key.id)])).every((key) => key.revoked_at !== null)).toBe(true);
  });

  it("revokes nothing when a chosen key is already revoked or gone", async () => {
    const actor = await insertAdminSession(db.prisma);
    const keys = await seedKeys();
    const revoked = await db.prisma.apiKey.update({ where: { id: keys[0]!.id }, data: { revokedAt: new Date() } });
    const before = await countKeyRows(db.url);
    const conflict = await expectDomainError(
      revokeApiKeys({ actor, request: REQUEST, prisma: db.prisma, input: { keyIds: asInput([revoked, keys[1]!]) } }),
      "conflict",
    );
    expect(conflict.message).toBe(`${revoked.keyPrefix} is already revoked, so nothing was revoked. Leave it out and try again.`);
    const missing = await expectDomainError(
      revokeApiKeys({ actor, request: REQUEST, prisma: db.prisma, input: { keyIds: [...asInput([keys[1]!]), "00000000-0000-4000-8000-000000000000"] } }),
      "not_found",
    );
    expect(missing.message).toBe("One of the chosen keys no longer exists, so nothing was revoked. Reload the list and choose again.");
    expect(await countKeyRows(db.url)).toEqual(before);
  });

  it("refuses support, and answers bad input with field errors", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const admin = await insertAdminSession(db.prisma);
    const keys = await seedKeys();
    const before = await countKeyRows(db.url);
    await expectDomainError(revokeApiKeys({ actor: support, request: REQUEST, prisma: db.prisma, input: { keyIds: asInput(keys) } }), "forbidden");
    const empty = await expectDomainError(revokeApiKeys({ actor: admin, request: REQUEST, prisma: db.prisma, input: { keyIds: [] } }), "invalid_input");
    expect(empty.extra.fieldErrors).toEqual({ keyIds: ["Choose at least one key to revoke."] });
    const tooMany = Array.from({ length: 101 }, () => keys[0]!.id);
    const many = await expectDomainError(revokeApiKeys({ actor: admin, request: REQUEST, prisma: db.prisma, input: { keyIds: tooMany, reason: "x".repeat(501) } }), "invalid_input");
    expect(many.extra.fieldErrors).toEqual({ keyIds: ["Revoke at most 100 keys at once."], reason: ["Use at most 500 characters."] });
    expect(await countKeyRows(db.url)).toEqual(before);
  });

  it("lets two overlapping bulk revokes queue: the second is refused, nothing is revoked twice", async () => {
    const actor = await insertAdminSession(db.prisma);
    const keys = await seedKeys();
    const results = await Promise.allSettled([
      revokeApiKeys({ actor, request: REQUEST, prisma: db.prisma, input: { keyIds: asInput(keys) } }),
      revokeApiKeys({ actor, request: REQUEST, prisma: db.prisma, input: { keyIds: asInput([...keys].reverse()) } }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const audits = await queryRows(db.url, "SELECT 1 FROM audit_logs WHERE action = 'api_key.revoke' AND resource_id = ANY($1)", [keys.map((key) => key.id)]);
    expect(audits).toHaveLength(3);
  });
});
