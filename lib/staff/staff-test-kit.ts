import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, inject } from "vitest";
import type { StaffSession } from "../auth/current-staff";
import type { StaffRole } from "../auth/permissions";
import { createPrismaClient } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { queryRows } from "../testing/sql";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { StaffError, type StaffErrorCode } from "./staff-error";

// Shared by the lib/staff integration tests: each test file gets its own migrated database.

export const REQUEST = { ipAddress: "203.0.113.7", userAgent: "vitest staff tests" };
export const ORIGIN = "https://console.example.test";
// Stands in for a real scrypt hash where a test never signs in; real hashing is slow on purpose.
export const PLACEHOLDER_HASH = "scrypt$131072$8$1$c2FsdA==$aGFzaA==";

export type StaffDatabase = { url: string; prisma: PrismaClient };

export function useStaffDatabase(): StaffDatabase {
  const handle = {} as StaffDatabase;
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase({ serverUrl: inject("testServerUrl"), migrate: true });
    handle.url = db.url;
    handle.prisma = createPrismaClient({ databaseUrl: db.url, poolMax: 6 });
  });
  afterAll(async () => {
    await handle.prisma?.$disconnect();
    await db?.drop();
  });
  return handle;
}

type StaffSeed = { role?: StaffRole; name?: string; disabled?: boolean; invited?: boolean; lastLoginAt?: Date };

export async function insertStaff(prisma: PrismaClient, seed: StaffSeed = {}) {
  const suffix = randomUUID().slice(0, 8);
  return prisma.consoleStaff.create({
    data: {
      email: `${seed.name?.toLowerCase().replace(/\W+/g, ".") ?? "staff"}.${suffix}@agent-factory.test`,
      name: seed.name ?? `Staff ${suffix}`,
      role: seed.role ?? "support",
      passwordHash: seed.invited ? null : PLACEHOLDER_HASH,
      disabledAt: seed.disabled ? new Date() : null,
      lastLoginAt: seed.lastLoginAt ?? null,
    },
  });
}

export function sessionOf(staff: { id: string; email: string; name: string; role: StaffRole }): StaffSession {
  return { id: staff.id, email: staff.email, name: staff.name, role: staff.role };
}

export async function insertAdminSession(prisma: PrismaClient, name = "Ada Admin"): Promise<StaffSession> {
  return sessionOf(await insertStaff(prisma, { role: "admin", name }));
}

export type AuditRowView = {
  actor_type: string;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  user_agent: string | null;
};

export function auditRowsFor(url: string, resourceId: string): Promise<AuditRowView[]> {
  return queryRows<AuditRowView>(
    url,
    `SELECT actor_type::text, actor_id, actor_email, action, resource_type, resource_id, details, host(ip_address) AS ip, user_agent
     FROM audit_logs WHERE resource_id = $1 ORDER BY id`,
    [resourceId],
  );
}

export async function countRows(url: string, table: "audit_logs" | "console_staff"): Promise<number> {
  const [row] = await queryRows<{ n: number }>(url, `SELECT count(*)::int AS n FROM ${table}`);
  return row!.n;
}

export async function expectStaffError(promise: Promise<unknown>, code: StaffErrorCode): Promise<StaffError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, `expected a StaffError "${code}"`).toBeInstanceOf(StaffError);
  expect((error as StaffError).code).toBe(code);
  return error as StaffError;
}

/** Secrets must appear neither in audit details nor anywhere else in the row. */
export function expectNoSecrets(value: unknown, secrets: (string | null | undefined)[]): void {
  const text = JSON.stringify(value);
  for (const secret of secrets) if (secret) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/scrypt\$/);
  expect(text).not.toMatch(/passwordHash|inviteTokenHash|password_hash|invite_token_hash/);
}
