import { describe, expect, it, vi } from "vitest";
import { hashPassword, verifyPassword } from "../auth/password";
import { verifySessionClaims } from "../auth/session-token";
import { queryRows } from "../testing/sql";
import { changeOwnPassword } from "./change-own-password";
import { StaffError } from "./staff-error";
import { REQUEST, insertStaff, sessionOf, useStaffDatabase } from "./staff-test-kit";

vi.mock("server-only", () => ({}));

describe("changeOwnPassword", () => {
  const db = useStaffDatabase();
  const lifetime = { maxAgeSeconds: 3600, idleSeconds: 3600 };

  it("replaces a one-time password, clears the flag, keeps the session and audits without the secret", async () => {
    const staff = await insertStaff(db.prisma, { role: "support", name: "Otto Onetime" });
    await db.prisma.consoleStaff.update({
      where: { id: staff.id },
      data: { passwordHash: await hashPassword("one-time password 1"), mustChangePassword: true },
    });
    const claims = { sub: staff.id, email: staff.email, name: staff.name, role: staff.role, sv: staff.sessionVersion, authAt: Math.floor(Date.now() / 1000) };
    expect((await verifySessionClaims(db.prisma, claims, lifetime))?.staff.mustChangePassword).toBe(true);

    await expect(changeOwnPassword({ actor: sessionOf(staff), request: REQUEST, input: { password: "one-time password 1" }, prisma: db.prisma }))
      .rejects.toMatchObject({ status: 400, message: "Choose a password different from the one you signed in with." });
    await expect(changeOwnPassword({ actor: sessionOf(staff), request: REQUEST, input: { password: "short" }, prisma: db.prisma }))
      .rejects.toBeInstanceOf(StaffError);

    await changeOwnPassword({ actor: sessionOf(staff), request: REQUEST, input: { password: "my own long passphrase" }, prisma: db.prisma });
    const row = await db.prisma.consoleStaff.findUniqueOrThrow({ where: { id: staff.id } });
    expect(row.mustChangePassword).toBe(false);
    expect(row.passwordChangedAt).toBeInstanceOf(Date);
    expect(await verifyPassword("my own long passphrase", row.passwordHash!)).toBe(true);
    expect((await verifySessionClaims(db.prisma, claims, lifetime))?.staff.mustChangePassword).toBe(false);

    const audit = await queryRows<{ action: string; actor_id: string; details: unknown }>(db.url,
      `select action, actor_id, details from audit_logs where resource_id = $1`, [staff.id]);
    expect(audit).toEqual([{ action: "staff.password_change", actor_id: staff.id, details: { before: { mustChangePassword: true }, after: { mustChangePassword: false } } }]);
    expect(JSON.stringify(audit)).not.toMatch(/passphrase|scrypt/);
  });
});
