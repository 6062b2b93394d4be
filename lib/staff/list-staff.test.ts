import { describe, expect, it, vi } from "vitest";
import { createStaff } from "./create-staff";
import { listStaff } from "./list-staff";
import { expectStaffError, insertStaff, ORIGIN, REQUEST, sessionOf, useStaffDatabase } from "./staff-test-kit";

vi.mock("server-only", () => ({}));

const NOW = new Date("2026-11-20T08:00:00.000Z");

describe("listStaff", () => {
  const db = useStaffDatabase();

  it("lists every account with its status, last sign-in and creator, and never a secret", async () => {
    const admin = await insertStaff(db.prisma, { role: "admin", name: "Ada Admin", lastLoginAt: new Date("2026-11-19T17:45:00.000Z") });
    const actor = sessionOf(admin);
    await insertStaff(db.prisma, { role: "support", name: "Dora Disabled", disabled: true });
    await createStaff({ actor, request: REQUEST, prisma: db.prisma, now: NOW, origin: ORIGIN, input: { email: "fresh@example.com", name: "Fresh Invite", role: "support", credential: "invite" } });
    await createStaff({ actor, request: REQUEST, prisma: db.prisma, now: new Date("2026-11-01T00:00:00.000Z"), origin: ORIGIN, input: { email: "stale@example.com", name: "Stale Invite", role: "support", credential: "invite" } });

    const list = await listStaff({ actor, request: REQUEST, prisma: db.prisma, now: NOW });

    expect(list.total).toBe(4);
    expect(list.rows.map((row) => [row.name, row.role, row.status, row.inviteExpired])).toEqual([
      ["Ada Admin", "admin", "active", false],
      ["Fresh Invite", "support", "invited", false],
      ["Stale Invite", "support", "invited", true],
      ["Dora Disabled", "support", "disabled", false],
    ]);
    const ada = list.rows[0]!;
    expect(ada.lastSignInAt).toEqual(new Date("2026-11-19T17:45:00.000Z"));
    expect(ada.createdBy).toBeNull();
    expect(list.rows[1]!.createdBy).toEqual({ id: admin.id, name: "Ada Admin", email: admin.email });
    expect(JSON.stringify(list)).not.toMatch(/scrypt|passwordHash|inviteTokenHash/);
  });

  it("refuses a support actor", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    await expectStaffError(listStaff({ actor: support, request: REQUEST, prisma: db.prisma }), "forbidden");
  });
});
