import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { createPrismaClient } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { queryRows } from "../testing/sql";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { hashPassword } from "./password";
import type { StaffRole } from "./permissions";

// Shared by the lib/auth integration tests: a migrated database per test file, and staff factories.

export const THROTTLE = { windowMinutes: 15, maxFailuresPerAccount: 5, maxFailuresPerIp: 5 };
export const LIFETIME = { maxAgeSeconds: 12 * 3600, idleSeconds: 3600 };

export type AuthDatabase = { url: string; prisma: PrismaClient };

export function useAuthDatabase(): AuthDatabase {
  const handle = {} as AuthDatabase;
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase({ serverUrl: inject("testServerUrl"), migrate: true });
    handle.url = db.url;
    handle.prisma = createPrismaClient({ databaseUrl: db.url, poolMax: 4 });
  });
  afterAll(async () => {
    await handle.prisma?.$disconnect();
    await db?.drop();
  });
  return handle;
}

// Hashing is slow on purpose (~0.5 s), so one real hash serves every account a file creates.
let sharedHash: Promise<string> | null = null;
export const TEST_PASSWORD = "correct-horse-battery-staple";

export async function insertStaff(
  prisma: PrismaClient,
  seed: { role?: StaffRole; disabled?: boolean; invited?: boolean } = {},
): Promise<{ id: string; email: string; name: string; role: StaffRole; sessionVersion: number }> {
  sharedHash ??= hashPassword(TEST_PASSWORD);
  const suffix = randomUUID().slice(0, 8);
  return prisma.consoleStaff.create({
    data: {
      email: `staff.${suffix}@agent-factory.test`,
      name: `Staff ${suffix}`,
      role: seed.role ?? "support",
      passwordHash: seed.invited ? null : await sharedHash,
      disabledAt: seed.disabled ? new Date() : null,
    },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
}

/** Failed attempts `minutesAgo` minutes in the past, as if made earlier. */
export async function insertFailures(url: string, attempt: { email: string; ip?: string }, minutesAgo: number[]): Promise<void> {
  for (const minutes of minutesAgo) {
    await queryRows(
      url,
      `INSERT INTO console_login_attempts (email, ip_address, succeeded, created_at) VALUES ($1, $2::inet, false, now() - make_interval(secs => $3))`,
      [attempt.email, attempt.ip ?? null, minutes * 60],
    );
  }
}

export type AuditRow = { action: string; actor_type: string; actor_id: string | null; actor_email: string | null; resource_id: string | null; details: Record<string, unknown>; ip: string | null };

export function auditRows(url: string, where: string, values: unknown[]): Promise<AuditRow[]> {
  return queryRows<AuditRow>(
    url,
    `SELECT action, actor_type::text, actor_id, actor_email, resource_id, details, host(ip_address) AS ip FROM audit_logs WHERE ${where} ORDER BY id`,
    values,
  );
}
