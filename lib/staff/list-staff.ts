import "server-only";
import { resolvePrisma } from "../domain/call-options";
import { assertStaffPermission, type StaffCallOptions } from "./staff-context";
import { staffRowSelect, toStaffRow, type StaffRow } from "./staff-row";

export type StaffList = { rows: StaffRow[]; total: number };

// Staff are a handful of people, not a data set: one ordered read, no paging.
export async function listStaff(options: StaffCallOptions): Promise<StaffList> {
  assertStaffPermission(options.actor, "staff.view");
  const now = options.now ?? new Date();
  const records = await resolvePrisma(options).consoleStaff.findMany({
    select: staffRowSelect,
    orderBy: [{ disabledAt: { sort: "desc", nulls: "first" } }, { role: "asc" }, { name: "asc" }, { id: "asc" }],
  });
  return { rows: records.map((record) => toStaffRow(record, now)), total: records.length };
}
