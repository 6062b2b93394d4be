import { randomUUID } from "node:crypto";
import { hashPassword } from "../lib/auth/password";
import type { StaffRole } from "../lib/auth/permissions";
import { query } from "./list-factory";

// Staff accounts a single test may change (sign out, disable) without touching the shared demo
// accounts the other tests are signed in with. Each is deleted again by the test that made it.

export type TestStaff = { id: string; email: string; name: string; role: StaffRole; password: string; remove: () => Promise<void> };

export async function createTestStaff(role: StaffRole, options: { mustChangePassword?: boolean } = {}): Promise<TestStaff> {
  const suffix = randomUUID().slice(0, 8);
  const email = `e2e-${role}-${suffix}@agent-factory.test`;
  const name = `E2E ${role} ${suffix}`;
  const password = `e2e-password-${randomUUID()}`;
  const [row] = await query<{ id: string }>(
    "INSERT INTO console_staff (id, email, name, role, password_hash, must_change_password, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, now()) RETURNING id",
    [email, name, role, await hashPassword(password), options.mustChangePassword ?? false],
  );
  const id = row!.id;
  return { id, email, name, role, password, remove: async () => void (await query("DELETE FROM console_staff WHERE id = $1", [id])) };
}

export async function auditActionsFor(staffId: string): Promise<string[]> {
  const rows = await query<{ action: string }>("SELECT action FROM audit_logs WHERE actor_id = $1 ORDER BY id", [staffId]);
  return rows.map((row) => row.action);
}

export async function mustChangePasswordOf(staffId: string): Promise<boolean> {
  const [row] = await query<{ must_change_password: boolean }>("SELECT must_change_password FROM console_staff WHERE id = $1", [staffId]);
  return row!.must_change_password;
}
