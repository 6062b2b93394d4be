import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { DomainError, type DomainErrorCode } from "../domain/domain-error";
import type { PrismaClient } from "../generated/prisma/client";
import { queryRows } from "../testing/sql";
import { generateApiKey } from "./api-key-secret";

// Shared by the lib/api-keys integration tests, on top of lib/staff/staff-test-kit.ts.

export const DAY_MS = 24 * 60 * 60 * 1000;
export const HOUR_MS = 60 * 60 * 1000;

export function daysFrom(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

type TenantStatus = "trial" | "active" | "suspended" | "cancelled";

export async function insertTenant(prisma: PrismaClient, seed: { status?: TenantStatus; name?: string } = {}) {
  const suffix = randomUUID().slice(0, 8);
  return prisma.tenant.create({
    data: { name: seed.name ?? `Tenant ${suffix}`, slug: `tenant-${suffix}`, status: seed.status ?? "active" },
  });
}

type KeySeed = {
  tenantId: string;
  name?: string;
  scopes?: string[];
  expiresAt?: Date | null;
  revokedAt?: Date | null;
  createdByStaffId?: string | null;
  createdBy?: string | null;
};

/** A key written straight to the table, as the platform would have issued it. */
export async function insertKey(prisma: PrismaClient, seed: KeySeed) {
  const { keyPrefix, keyHash } = generateApiKey();
  return prisma.apiKey.create({
    data: {
      tenantId: seed.tenantId,
      name: seed.name ?? "CI pipeline",
      scopes: seed.scopes ?? ["agents:read", "executions:read"],
      expiresAt: seed.expiresAt === undefined ? daysFrom(new Date(), 30) : seed.expiresAt,
      revokedAt: seed.revokedAt ?? null,
      createdByStaffId: seed.createdByStaffId ?? null,
      createdBy: seed.createdBy ?? null,
      keyPrefix,
      keyHash,
    },
  });
}

export type StoredKey = {
  id: string; tenant_id: string; name: string; key_prefix: string; key_hash: string; scopes: string[];
  expires_at: Date | null; revoked_at: Date | null; revoked_reason: string | null; created_by_staff_id: string | null; updated_at: Date;
};

export async function storedKeys(url: string, where = "TRUE", values: unknown[] = []): Promise<StoredKey[]> {
  return queryRows<StoredKey>(url, `SELECT * FROM api_keys WHERE ${where} ORDER BY created_at, id`, values);
}

export async function countKeyRows(url: string): Promise<{ keys: number; audits: number }> {
  const [row] = await queryRows<{ keys: number; audits: number }>(
    url,
    "SELECT (SELECT count(*)::int FROM api_keys) AS keys, (SELECT count(*)::int FROM audit_logs) AS audits",
  );
  return row!;
}

export async function expectDomainError(promise: Promise<unknown>, code: DomainErrorCode): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, `expected a DomainError "${code}"`).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}

/** Neither the secret, nor any part of it past the visible prefix, nor a hash may be audited. */
export async function expectNoSecretsAudited(url: string, secrets: string[], hashes: string[]): Promise<void> {
  const text = JSON.stringify(await queryRows(url, "SELECT * FROM audit_logs"));
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.slice(17));
  }
  for (const hash of hashes) expect(text).not.toContain(hash);
  expect(text).not.toMatch(/keyHash|key_hash/);
}
