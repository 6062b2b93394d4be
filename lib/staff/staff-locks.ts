import "server-only";
import type { TransactionClient } from "../audit/run-audited";
import { StaffError } from "./staff-error";
import { staffRowSelect, toStaffRow, type StaffRecord } from "./staff-row";

// Row locks and checks shared by the mutations. Lock order is always: the active admins (by id),
// then the target row. Taking them in one order means two concurrent demotions queue instead of
// deadlocking, and the second one sees the first one's result.

/** Locks every active admin row until the transaction ends; returns their ids. */
export async function lockActiveAdmins(tx: TransactionClient): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM console_staff WHERE role = 'admin' AND disabled_at IS NULL ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

export async function lockStaff(tx: TransactionClient, staffId: string): Promise<StaffRecord> {
  await tx.$queryRaw`SELECT 1 FROM console_staff WHERE id = ${staffId}::uuid FOR UPDATE`;
  const record = await tx.consoleStaff.findUnique({ where: { id: staffId }, select: staffRowSelect });
  if (!record) throw new StaffError("not_found", "This staff account no longer exists. Reload the page to see the current list.");
  return record;
}

/** Optimistic concurrency: refuse to act on values the admin never saw. */
export function assertUnchangedSince(record: StaffRecord, expectedUpdatedAt: Date, now: Date): void {
  if (record.updatedAt.getTime() === expectedUpdatedAt.getTime()) return;
  throw new StaffError(
    "stale",
    `Someone else changed ${record.name}'s account after you opened this page. Check its current values below and try again.`,
    { current: toStaffRow(record, now) },
  );
}

/** The console must always keep one active admin, or nobody could manage staff again. */
export function assertNotLastAdmin(record: StaffRecord, activeAdminIds: string[], change: "disable" | "demote"): void {
  const isActiveAdmin = record.role === "admin" && record.disabledAt === null;
  if (!isActiveAdmin || activeAdminIds.some((id) => id !== record.id)) return;
  const verb = change === "disable" ? "disabled" : "moved to another role";
  throw new StaffError(
    "last_admin",
    `${record.name} is the last active admin, so the account cannot be ${verb}. Make someone else an admin first.`,
  );
}
