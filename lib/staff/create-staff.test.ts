import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { verifyPassword } from "../auth/password";
import { queryRows, runSql } from "../testing/sql";
import { createStaff } from "./create-staff";
import {
  auditRowsFor, countRows, expectNoSecrets, expectStaffError, insertAdminSession, insertStaff, ORIGIN, REQUEST, sessionOf, useStaffDatabase,
} from "./staff-test-kit";

vi.mock("server-only", () => ({}));

const NOW = new Date("2026-11-20T09:00:00.000Z");

type StoredStaff = {
  id: string; email: string; role: string; password_hash: string | null; must_change_password: boolean;
  invite_token_hash: string | null; invite_expires_at: Date | null; created_by_staff_id: string | null; session_version: number;
};

describe("createStaff", () => {
  const db = useStaffDatabase();
  const stored = async (id: string) => (await queryRows<StoredStaff>(db.url, "SELECT * FROM console_staff WHERE id = $1", [id]))[0]!;

  it("creates an account with the admin's one-time password, stored only as a scrypt hash, and audits it", async () => {
    const actor = await insertAdminSession(db.prisma);
    const password = "correct horse battery staple";
    const result = await createStaff({
      actor, request: REQUEST, prisma: db.prisma, now: NOW, origin: ORIGIN,
      input: { email: "  Grace.Hopper@Example.com ", name: " Grace Hopper ", role: "support", credential: "password", password },
    });

    expect(result.secret).toEqual({ kind: "password", password, generated: false });
    expect(result.staff).toMatchObject({ email: "grace.hopper@example.com", name: "Grace Hopper", role: "support", status: "active", mustChangePassword: true });
    const row = await stored(result.staff.id);
    expect(row.password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(row.password_hash).not.toContain(password);
    expect(await verifyPassword(password, row.password_hash!)).toBe(true);
    expect(row).toMatchObject({ must_change_password: true, invite_token_hash: null, created_by_staff_id: actor.id });

    const audits = await auditRowsFor(db.url, result.staff.id);
    expect(audits).toEqual([{
      actor_type: "staff", actor_id: actor.id, actor_email: actor.email, action: "staff.create",
      resource_type: "console_staff", resource_id: result.staff.id, ip: REQUEST.ipAddress, user_agent: REQUEST.userAgent,
      details: {
        before: { email: null, name: null, role: null, mustChangePassword: null },
        after: { email: "grace.hopper@example.com", name: "Grace Hopper", role: "support", mustChangePassword: true },
        credential: "password",
      },
    }]);
    expectNoSecrets(audits, [password, row.password_hash]);
  });

  it("generates a readable one-time password when the admin leaves it empty", async () => {
    const actor = await insertAdminSession(db.prisma);
    const result = await createStaff({
      actor, request: REQUEST, prisma: db.prisma, origin: ORIGIN,
      input: { email: "generated@example.com", name: "Gen", role: "admin", credential: "password", password: "" },
    });
    if (result.secret.kind !== "password") throw new Error("expected a password");
    expect(result.secret.generated).toBe(true);
    expect(result.secret.password).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
    expect(await verifyPassword(result.secret.password, (await stored(result.staff.id)).password_hash!)).toBe(true);
  });

  it("creates an invited account whose link holds a 32-byte token valid for 24 hours, storing only its SHA-256", async () => {
    const actor = await insertAdminSession(db.prisma);
    const result = await createStaff({
      actor, request: REQUEST, prisma: db.prisma, now: NOW, origin: `${ORIGIN}/`,
      input: { email: "invitee@example.com", name: "Ivy Invitee", role: "support", credential: "invite" },
    });
    if (result.secret.kind !== "invite") throw new Error("expected an invite");
    const token = result.secret.url.slice(`${ORIGIN}/invite/`.length);
    expect(result.secret.url).toBe(`${ORIGIN}/invite/${token}`);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(result.secret.expiresAt).toEqual(new Date("2026-11-21T09:00:00.000Z"));
    expect(result.staff).toMatchObject({ status: "invited", inviteExpired: false, mustChangePassword: false });

    const row = await stored(result.staff.id);
    expect(row.password_hash).toBeNull();
    expect(row.invite_token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(row.invite_expires_at).toEqual(new Date("2026-11-21T09:00:00.000Z"));

    const [audit] = await auditRowsFor(db.url, result.staff.id);
    expect(audit).toMatchObject({ action: "staff.invite", actor_id: actor.id, resource_type: "console_staff" });
    expect(audit!.details).toEqual({
      before: { email: null, name: null, role: null, mustChangePassword: null, inviteExpiresAt: null },
      after: { email: "invitee@example.com", name: "Ivy Invitee", role: "support", mustChangePassword: false, inviteExpiresAt: "2026-11-21T09:00:00.000Z" },
      credential: "invite",
    });
    expectNoSecrets(audit, [token, row.invite_token_hash]);
  });

  it("answers bad input with field errors and writes nothing", async () => {
    const actor = await insertAdminSession(db.prisma);
    const [staffBefore, auditBefore] = [await countRows(db.url, "console_staff"), await countRows(db.url, "audit_logs")];
    const error = await expectStaffError(
      createStaff({
        actor, request: REQUEST, prisma: db.prisma, origin: ORIGIN,
        input: { email: "not-an-email", name: "  ", role: "owner" as "admin", credential: "password", password: "short" },
      }),
      "invalid_input",
    );
    expect(error.status).toBe(400);
    expect(Object.keys(error.extra.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password", "role"]);
    expect(error.extra.fieldErrors?.password).toEqual(["Use at least 12 characters."]);
    expect(await countRows(db.url, "console_staff")).toBe(staffBefore);
    expect(await countRows(db.url, "audit_logs")).toBe(auditBefore);
  });

  it("refuses an email that is already taken, whatever its case", async () => {
    const actor = await insertAdminSession(db.prisma);
    const existing = await insertStaff(db.prisma, { name: "Taken" });
    const error = await expectStaffError(
      createStaff({ actor, request: REQUEST, prisma: db.prisma, origin: ORIGIN, input: { email: existing.email.toUpperCase(), name: "Again", role: "support", credential: "invite" } }),
      "email_taken",
    );
    expect(error.toFailure()).toMatchObject({ ok: false, status: 409, fieldErrors: { email: ["A staff account with this email already exists."] } });
  });

  it("refuses a support actor and writes nothing", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const auditBefore = await countRows(db.url, "audit_logs");
    const error = await expectStaffError(
      createStaff({ actor: support, request: REQUEST, prisma: db.prisma, origin: ORIGIN, input: { email: "sneaky@example.com", name: "Sneaky", role: "admin", credential: "invite" } }),
      "forbidden",
    );
    expect(error.status).toBe(403);
    expect(await queryRows(db.url, "SELECT 1 FROM console_staff WHERE email = 'sneaky@example.com'")).toEqual([]);
    expect(await countRows(db.url, "audit_logs")).toBe(auditBefore);
  });

  it("leaves neither the account nor an audit row when writing the audit row fails", async () => {
    const actor = await insertAdminSession(db.prisma);
    await runSql(db.url, `
      CREATE FUNCTION test_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.details->'after'->>'email' = 'doomed@example.com' THEN RAISE EXCEPTION 'audit insert failed on purpose'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_logs FOR EACH ROW EXECUTE FUNCTION test_fail_audit();`);
    await expect(createStaff({
      actor, request: REQUEST, prisma: db.prisma, origin: ORIGIN,
      input: { email: "doomed@example.com", name: "Doomed", role: "support", credential: "invite" },
    })).rejects.toThrow(/audit insert failed on purpose/);
    expect(await queryRows(db.url, "SELECT 1 FROM console_staff WHERE email = 'doomed@example.com'")).toEqual([]);
    expect(await queryRows(db.url, "SELECT 1 FROM audit_logs WHERE details->'after'->>'email' = 'doomed@example.com'")).toEqual([]);
  });
});
