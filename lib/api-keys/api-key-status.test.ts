import { describe, expect, it, vi } from "vitest";
import { Prisma } from "../generated/prisma/client";
import { insertStaff, useStaffDatabase } from "../staff/staff-test-kit";
import { daysFrom, insertKey, insertTenant } from "./api-key-test-kit";
import { apiKeyStatus, apiKeyStatusSql } from "./api-key-status";

vi.mock("server-only", () => ({}));

const NOW = new Date("2026-11-20T09:00:00.000Z");

describe("apiKeyStatus", () => {
  it("is revoked once revoked, even before or after expiry", () => {
    expect(apiKeyStatus({ revokedAt: NOW, expiresAt: daysFrom(NOW, 10) }, NOW)).toBe("revoked");
    expect(apiKeyStatus({ revokedAt: daysFrom(NOW, -5), expiresAt: daysFrom(NOW, -1) }, NOW)).toBe("revoked");
  });

  it("is expired from the expiry instant on", () => {
    expect(apiKeyStatus({ revokedAt: null, expiresAt: NOW }, NOW)).toBe("expired");
    expect(apiKeyStatus({ revokedAt: null, expiresAt: new Date(NOW.getTime() - 1) }, NOW)).toBe("expired");
    expect(apiKeyStatus({ revokedAt: null, expiresAt: new Date(NOW.getTime() + 1) }, NOW)).toBe("active");
  });

  it("is active without an expiry (keys issued before expiry was required)", () => {
    expect(apiKeyStatus({ revokedAt: null, expiresAt: null }, NOW)).toBe("active");
  });

  it("refuses an alias that is not a plain identifier", () => {
    expect(() => apiKeyStatusSql("k; DROP TABLE api_keys")).toThrow(/plain table alias/);
  });
});

describe("apiKeyStatusSql", () => {
  const db = useStaffDatabase();

  it("agrees with apiKeyStatus on every state, at a given time and on the database clock", async () => {
    const tenant = await insertTenant(db.prisma);
    const staff = await insertStaff(db.prisma, { role: "admin" });
    const seeds = [
      { expiresAt: daysFrom(NOW, 3) },
      { expiresAt: null },
      { expiresAt: NOW },
      { expiresAt: daysFrom(NOW, -3) },
      { expiresAt: daysFrom(NOW, 3), revokedAt: daysFrom(NOW, -1) },
      { expiresAt: daysFrom(NOW, -3), revokedAt: daysFrom(NOW, -4) },
    ];
    const keys = await Promise.all(seeds.map((seed) => insertKey(db.prisma, { tenantId: tenant.id, createdByStaffId: staff.id, ...seed })));

    const atNow = await db.prisma.$queryRaw<{ id: string; status: string }[]>(
      Prisma.sql`SELECT k.id::text AS id, ${apiKeyStatusSql("k", NOW)} AS status FROM api_keys k`,
    );
    const expected = Object.fromEntries(keys.map((key) => [key.id, apiKeyStatus(key, NOW)]));
    expect(Object.fromEntries(atNow.map((row) => [row.id, row.status]))).toEqual(expected);
    expect(new Set(Object.values(expected))).toEqual(new Set(["active", "expired", "revoked"]));

    const filtered = await db.prisma.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT k.id::text AS id FROM api_keys k WHERE ${apiKeyStatusSql("k", NOW)} = ${"expired"}`,
    );
    expect(filtered.map((row) => row.id).sort()).toEqual(keys.filter((key) => expected[key.id] === "expired").map((key) => key.id).sort());

    const onDatabaseClock = await db.prisma.$queryRaw<{ id: string; status: string }[]>(
      Prisma.sql`SELECT k.id::text AS id, ${apiKeyStatusSql("k")} AS status FROM api_keys k`,
    );
    const wallClock = new Date();
    expect(Object.fromEntries(onDatabaseClock.map((row) => [row.id, row.status]))).toEqual(
      Object.fromEntries(keys.map((key) => [key.id, apiKeyStatus(key, wallClock)])),
    );
  });
});
