import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { hashPassword, verifyPassword } from "../auth/password";
import { queryRows } from "../testing/sql";
import { createStaff } from "./create-staff";
import { findInvite } from "./find-invite";
import { resetStaffPassword } from "./reset-staff-password";
import {
  auditRowsFor, countRows, expectNoSecrets, expectStaffError, insertAdminSession, insertStaff, ORIGIN, REQUEST, sessionOf, useStaffDatabase,
} from "./staff-test-kit";

vi.mock("server-only", () => ({}));

const NOW = new Date("2026-11-20T10:00:00.000Z");

type Stored = {
  password_hash: string | null; must_change_password: boolean; invite_token_hash: string | null;
  invite_expires_at: Date | null; session_version: number;
};

describe("resetStaffPassword", () => {
  const db = useStaffDatabase();
  const stored = async (id: string) =>
    (await queryRows<Stored>(db.url, "SELECT password_hash, must_change_password, invite_token_hash, invite_expires_at, session_version FROM console_staff WHERE id = $1", [id]))[0]!;

  it("sets a new one-time password, ends the person's sessions and audits without secrets", async () => {
    const actor = await insertAdminSession(db.prisma);
    const oldPassword = "the old password, long enough";
    const target = await db.prisma.consoleStaff.create({
      data: { email: "forgetful@example.com", name: "Forgetful Fay", passwordHash: await hashPassword(oldPassword) },
    });

    const result = await resetStaffPassword({
      actor, request: REQUEST, prisma: db.prisma, now: NOW, origin: ORIGIN,
      input: { staffId: target.id, expectedUpdatedAt: target.updatedAt.toISOString(), credential: "password" },
    });

    if (result.secret.kind !== "password") throw new Error("expected a password");
    const row = await stored(target.id);
    expect(await verifyPassword(result.secret.password, row.password_hash!)).toBe(true);
    expect(await verifyPassword(oldPassword, row.password_hash!)).toBe(false);
    expect(row).toMatchObject({ must_change_password: true, invite_token_hash: null, session_version: target.sessionVersion + 1 });
    expect(result.staff).toMatchObject({ status: "active", mustChangePassword: true });

    const audits = await auditRowsFor(db.url, target.id);
    expect(audits).toEqual([{
      actor_type: "staff", actor_id: actor.id, actor_email: actor.email, action: "staff.password_reset",
      resource_type: "console_staff", resource_id: target.id, ip: REQUEST.ipAddress, user_agent: REQUEST.userAgent,
      details: { before: { mustChangePassword: false }, after: { mustChangePassword: true }, credential: "password" },
    }]);
    expectNoSecrets(audits, [result.secret.password, oldPassword, row.password_hash]);
  });

  it("replaces the password and any earlier invite with a fresh invite link", async () => {
    const actor = await insertAdminSession(db.prisma);
    const first = await createStaff({
      actor, request: REQUEST, prisma: db.prisma, now: NOW, origin: ORIGIN,
      input: { email: "reinvite@example.com", name: "Re Invite", role: "support", credential: "invite" },
    });
    if (first.secret.kind !== "invite") throw new Error("expected an invite");
    const firstToken = first.secret.url.split("/invite/")[1]!;
    await db.prisma.consoleStaff.update({ where: { id: first.staff.id }, data: { passwordHash: "scrypt$1$1$1$c2FsdA==$aGFzaA==" } });
    const before = await db.prisma.consoleStaff.findUniqueOrThrow({ where: { id: first.staff.id } });

    const later = new Date(NOW.getTime() + 60_000);
    const result = await resetStaffPassword({
      actor, request: REQUEST, prisma: db.prisma, now: later, origin: ORIGIN,
      input: { staffId: first.staff.id, expectedUpdatedAt: before.updatedAt, credential: "invite" },
    });

    if (result.secret.kind !== "invite") throw new Error("expected an invite");
    const token = result.secret.url.split("/invite/")[1]!;
    const row = await stored(first.staff.id);
    expect(row.password_hash).toBeNull();
    expect(row.invite_token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(row.session_version).toBe(before.sessionVersion + 1);
    expect(await findInvite({ token: firstToken, prisma: db.prisma, now: later })).toBeNull();
    expect(await findInvite({ token, prisma: db.prisma, now: later })).toMatchObject({ email: "reinvite@example.com" });

    const [, audit] = await auditRowsFor(db.url, first.staff.id);
    expect(audit!.details).toEqual({
      before: { hasPassword: true, inviteExpiresAt: "2026-11-21T10:00:00.000Z" },
      after: { hasPassword: false, inviteExpiresAt: "2026-11-21T10:01:00.000Z" },
      credential: "invite",
    });
    expectNoSecrets(audit, [token, firstToken, row.invite_token_hash]);
  });

  it("checks a typed password against the policy", async () => {
    const actor = await insertAdminSession(db.prisma);
    const target = await insertStaff(db.prisma);
    const error = await expectStaffError(
      resetStaffPassword({ actor, request: REQUEST, prisma: db.prisma, origin: ORIGIN, input: { staffId: target.id, expectedUpdatedAt: target.updatedAt, credential: "password", password: " padded password " } }),
      "invalid_input",
    );
    expect(error.extra.fieldErrors).toEqual({ password: ["Remove the spaces at the start or end."] });
    expect((await stored(target.id)).session_version).toBe(target.sessionVersion);
  });

  it("refuses a stale updatedAt with the current values", async () => {
    const actor = await insertAdminSession(db.prisma);
    const target = await insertStaff(db.prisma, { name: "Before" });
    await db.prisma.consoleStaff.update({ where: { id: target.id }, data: { name: "After" } });
    const error = await expectStaffError(
      resetStaffPassword({ actor, request: REQUEST, prisma: db.prisma, origin: ORIGIN, input: { staffId: target.id, expectedUpdatedAt: target.updatedAt, credential: "invite" } }),
      "stale",
    );
    expect(error.extra.current).toMatchObject({ name: "After" });
    expect(await stored(target.id)).toMatchObject({ invite_token_hash: null, session_version: target.sessionVersion });
  });

  it("refuses a support actor and writes nothing", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const target = await insertStaff(db.prisma, { role: "admin" });
    const auditBefore = await countRows(db.url, "audit_logs");
    await expectStaffError(
      resetStaffPassword({ actor: support, request: REQUEST, prisma: db.prisma, origin: ORIGIN, input: { staffId: target.id, expectedUpdatedAt: target.updatedAt, credential: "invite" } }),
      "forbidden",
    );
    expect(await stored(target.id)).toMatchObject({ password_hash: target.passwordHash, invite_token_hash: null, session_version: target.sessionVersion });
    expect(await countRows(db.url, "audit_logs")).toBe(auditBefore);
  });
});
