import { describe, expect, it, vi } from "vitest";
import { auditRowsFor, insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { countKeyRows, daysFrom, expectDomainError, expectNoSecretsAudited, insertKey, insertTenant, storedKeys } from "./api-key-test-kit";
import { revokeApiKey } from "./revoke-api-key";

vi.mock("server-only", () => ({}));

describe("revokeApiKey", () => {
  const db = useStaffDatabase();
  const seed = async (expiresAt?: Date | null) => {
    const tenant = await insertTenant(db.prisma);
    return insertKey(db.prisma, { tenantId: tenant.id, name: "Zapier", expiresAt });
  };

  it("revokes at once, keeps the reason and audits before/after", async () => {
    const actor = await insertAdminSession(db.prisma);
    const key = await seed();
    const now = new Date();

    const row = await revokeApiKey({
      actor, request: REQUEST, prisma: db.prisma, now,
      input: { keyId: key.id, reason: " Leaked in a screenshot " },
    });

    expect(row).toMatchObject({ id: key.id, status: "revoked", revokedAt: now, revokedReason: "Leaked in a screenshot" });
    expect(row.updatedAt.getTime()).toBeGreaterThan(key.updatedAt.getTime());
    const [stored] = await storedKeys(db.url, "id = $1", [key.id]);
    expect(stored).toMatchObject({ revoked_at: now, revoked_reason: "Leaked in a screenshot", expires_at: key.expiresAt });
    expect(await auditRowsFor(db.url, key.id)).toEqual([{
      actor_type: "staff", actor_id: actor.id, actor_email: actor.email, action: "api_key.revoke",
      resource_type: "api_key", resource_id: key.id, ip: REQUEST.ipAddress, user_agent: REQUEST.userAgent,
      details: {
        before: { status: "active", revokedAt: null, revokedReason: null },
        after: { status: "revoked", revokedAt: now.toISOString(), revokedReason: "Leaked in a screenshot" },
        keyPrefix: key.keyPrefix,
      },
    }]);
    await expectNoSecretsAudited(db.url, [], [key.keyHash]);
  });

  it("revokes an expired key too, without a reason", async () => {
    const actor = await insertAdminSession(db.prisma);
    const key = await seed(daysFrom(new Date(), -2));
    const row = await revokeApiKey({ actor, request: REQUEST, prisma: db.prisma, input: { keyId: key.id, reason: "" } });
    expect(row).toMatchObject({ status: "revoked", revokedReason: null });
    expect((await auditRowsFor(db.url, key.id))[0]!.details).toMatchObject({ before: { status: "expired" }, after: { status: "revoked" } });
  });

  it("refuses a key that is already revoked, changing nothing", async () => {
    const actor = await insertAdminSession(db.prisma);
    const key = await seed();
    const first = await revokeApiKey({ actor, request: REQUEST, prisma: db.prisma, input: { keyId: key.id } });
    const error = await expectDomainError(
      revokeApiKey({ actor, request: REQUEST, prisma: db.prisma, input: { keyId: key.id } }),
      "no_change",
    );
    expect(error.message).toBe(`The key "Zapier" (${key.keyPrefix}) is already revoked.`);
    expect(error.extra.current).toMatchObject({ id: key.id, status: "revoked" });
    expect(await auditRowsFor(db.url, key.id)).toHaveLength(1);
  });

  it("revokes a key that changed since the page was opened: revoking overwrites nothing", async () => {
    const actor = await insertAdminSession(db.prisma);
    const key = await seed();
    // E.g. the platform recording a use of the key: a leaked key must still be revocable at once.
    await db.prisma.apiKey.update({ where: { id: key.id }, data: { name: "Zapier (prod)", lastUsedAt: new Date() } });
    const row = await revokeApiKey({ actor, request: REQUEST, prisma: db.prisma, input: { keyId: key.id } });
    expect(row).toMatchObject({ id: key.id, name: "Zapier (prod)", status: "revoked" });
    expect((await storedKeys(db.url, "id = $1", [key.id]))[0]!.revoked_at).not.toBeNull();
    expect((await auditRowsFor(db.url, key.id)).map((audit) => audit.action)).toEqual(["api_key.revoke"]);
  });

  it("refuses a support actor and writes nothing", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const key = await seed();
    const before = await countKeyRows(db.url);
    await expectDomainError(revokeApiKey({ actor: support, request: REQUEST, prisma: db.prisma, input: { keyId: key.id } }), "forbidden");
    expect((await storedKeys(db.url, "id = $1", [key.id]))[0]!.revoked_at).toBeNull();
    expect(await countKeyRows(db.url)).toEqual(before);
  });

  it("answers not found for a missing key and field errors for bad input", async () => {
    const actor = await insertAdminSession(db.prisma);
    await expectDomainError(
      revokeApiKey({ actor, request: REQUEST, prisma: db.prisma, input: { keyId: "00000000-0000-4000-8000-000000000000" } }),
      "not_found",
    );
    const error = await expectDomainError(
      revokeApiKey({ actor, request: REQUEST, prisma: db.prisma, input: { keyId: "k1", reason: "r".repeat(501) } }),
      "invalid_input",
    );
    expect(error.extra.fieldErrors).toEqual({
      keyId: ["This API key does not exist."], reason: ["Use at most 500 characters."],
    });
  });
});
