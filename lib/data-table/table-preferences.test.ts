import { describe, expect, it, vi } from "vitest";
import { DomainError } from "../domain/domain-error";
import { auditRowsFor, insertStaff, REQUEST, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { readHiddenColumns, saveHiddenColumns } from "./table-preferences";

vi.mock("server-only", () => ({}));

describe("table preferences", () => {
  const db = useStaffDatabase();

  it("saves hidden columns per person and list, audited, and reads them back", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const other = sessionOf(await insertStaff(db.prisma, { role: "admin" }));
    expect(await readHiddenColumns({ actor: support, tableId: "tenants", prisma: db.prisma })).toBeNull();

    await saveHiddenColumns({ actor: support, request: REQUEST, prisma: db.prisma, input: { tableId: "tenants", hidden: ["users", "slug"] } });
    await saveHiddenColumns({ actor: support, request: REQUEST, prisma: db.prisma, input: { tableId: "api-keys", hidden: [] } });

    expect(await readHiddenColumns({ actor: support, tableId: "tenants", prisma: db.prisma })).toEqual(["users", "slug"]);
    expect(await readHiddenColumns({ actor: support, tableId: "api-keys", prisma: db.prisma })).toEqual([]);
    expect(await readHiddenColumns({ actor: other, tableId: "tenants", prisma: db.prisma })).toBeNull();
    const audit = await auditRowsFor(db.url, support.id);
    expect(audit.map((row) => [row.action, row.details])).toEqual([
      ["staff.table_preferences_update", { table: "tenants", before: { hidden: null }, after: { hidden: ["users", "slug"] } }],
      ["staff.table_preferences_update", { table: "api-keys", before: { hidden: null }, after: { hidden: [] } }],
    ]);
  });

  it("refuses ids that are not list or column names", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const attempt = saveHiddenColumns({ actor: support, request: REQUEST, prisma: db.prisma, input: { tableId: "../x", hidden: ["a;drop"] } });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    expect(await readHiddenColumns({ actor: support, tableId: "../x", prisma: db.prisma })).toBeNull();
  });
});
