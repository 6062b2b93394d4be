import { describe, expect, it, vi } from "vitest";
import { verifyPassword } from "../auth/password";
import { queryRows } from "../testing/sql";
import { acceptInvite } from "./accept-invite";
import { createStaff } from "./create-staff";
import { disableStaff } from "./disable-staff";
import { findInvite, INVITE_INVALID_SENTENCE } from "./find-invite";
import { StaffError } from "./staff-error";
import { auditRowsFor, expectNoSecrets, expectStaffError, insertAdminSession, ORIGIN, REQUEST, useStaffDatabase } from "./staff-test-kit";

vi.mock("server-only", () => ({}));

const CREATED_AT = new Date("2026-11-20T12:00:00.000Z");
const PASSWORD = "a brand new passphrase";
const hours = (n: number) => new Date(CREATED_AT.getTime() + n * 3_600_000);

type Stored = { name: string; password_hash: string | null; invite_token_hash: string | null; invite_expires_at: Date | null; must_change_password: boolean };

describe("acceptInvite", () => {
  const db = useStaffDatabase();
  const stored = async (id: string) =>
    (await queryRows<Stored>(db.url, "SELECT name, password_hash, invite_token_hash, invite_expires_at, must_change_password FROM console_staff WHERE id = $1", [id]))[0]!;

  async function invite(email: string) {
    const actor = await insertAdminSession(db.prisma);
    const result = await createStaff({
      actor, request: REQUEST, prisma: db.prisma, now: CREATED_AT, origin: ORIGIN,
      input: { email, name: "Invited Ivo", role: "support", credential: "invite" },
    });
    if (result.secret.kind !== "invite") throw new Error("expected an invite");
    return { actor, staff: result.staff, token: result.secret.url.split("/invite/")[1]! };
  }

  it("sets the password and name, clears the token and audits as the invited person", async () => {
    const { staff, token } = await invite("ivo@example.com");
    expect(await findInvite({ token, prisma: db.prisma, now: hours(1) })).toMatchObject({ email: "ivo@example.com", name: "Invited Ivo" });

    const result = await acceptInvite({ request: REQUEST, prisma: db.prisma, now: hours(1), input: { token, name: " Ivo Ivanov ", password: PASSWORD } });

    expect(result).toEqual({ email: "ivo@example.com" });
    const row = await stored(staff.id);
    expect(row).toMatchObject({ name: "Ivo Ivanov", invite_token_hash: null, invite_expires_at: null, must_change_password: false });
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(await verifyPassword(PASSWORD, row.password_hash!)).toBe(true);

    const [, audit] = await auditRowsFor(db.url, staff.id);
    expect(audit).toEqual({
      actor_type: "staff", actor_id: staff.id, actor_email: "ivo@example.com", action: "staff.invite_accepted",
      resource_type: "console_staff", resource_id: staff.id, ip: REQUEST.ipAddress, user_agent: REQUEST.userAgent,
      details: {
        before: { name: "Invited Ivo", hasPassword: false, inviteExpiresAt: hours(24).toISOString() },
        after: { name: "Ivo Ivanov", hasPassword: true, inviteExpiresAt: null },
      },
    });
    expectNoSecrets(audit, [token, PASSWORD, row.password_hash]);
  });

  it("works only once", async () => {
    const { token } = await invite("once@example.com");
    await acceptInvite({ request: REQUEST, prisma: db.prisma, now: hours(2), input: { token, password: PASSWORD } });
    const error = await expectStaffError(acceptInvite({ request: REQUEST, prisma: db.prisma, now: hours(3), input: { token, password: "another passphrase" } }), "invite_invalid");
    expect(error.message).toBe(INVITE_INVALID_SENTENCE);
  });

  it("lets only one of two simultaneous submissions of the same link through", async () => {
    const { staff, token } = await invite("twice@example.com");
    const outcomes = await Promise.allSettled([
      acceptInvite({ request: REQUEST, prisma: db.prisma, now: hours(1), input: { token, password: "first passphrase!" } }),
      acceptInvite({ request: REQUEST, prisma: db.prisma, now: hours(1), input: { token, password: "second passphrase!" } }),
    ]);
    const rejected = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as StaffError).code).toBe("invite_invalid");
    expect(await queryRows(db.url, "SELECT 1 FROM audit_logs WHERE action = 'staff.invite_accepted' AND resource_id = $1", [staff.id])).toHaveLength(1);
  });

  it("is valid for 24 hours and not a moment longer", async () => {
    const { staff, token } = await invite("late@example.com");
    expect(await findInvite({ token, prisma: db.prisma, now: new Date(hours(24).getTime() - 1) })).not.toBeNull();
    expect(await findInvite({ token, prisma: db.prisma, now: hours(24) })).toBeNull();
    const error = await expectStaffError(acceptInvite({ request: REQUEST, prisma: db.prisma, now: hours(24), input: { token, password: PASSWORD } }), "invite_invalid");
    expect(error.message).toBe(INVITE_INVALID_SENTENCE);
    expect((await stored(staff.id)).password_hash).toBeNull();

    await acceptInvite({ request: REQUEST, prisma: db.prisma, now: new Date(hours(24).getTime() - 1), input: { token, password: PASSWORD } });
    expect((await stored(staff.id)).password_hash).not.toBeNull();
  });

  it("gives the same sentence for an unknown token and for a disabled account", async () => {
    const unknown = await expectStaffError(acceptInvite({ request: REQUEST, prisma: db.prisma, input: { token: "not-a-real-token", password: PASSWORD } }), "invite_invalid");
    expect(unknown.message).toBe(INVITE_INVALID_SENTENCE);
    expect(unknown.status).toBe(404);

    const { actor, staff, token } = await invite("disabled@example.com");
    await disableStaff({ actor, request: REQUEST, prisma: db.prisma, input: { staffId: staff.id, expectedUpdatedAt: staff.updatedAt } });
    const disabled = await expectStaffError(acceptInvite({ request: REQUEST, prisma: db.prisma, now: hours(1), input: { token, password: PASSWORD } }), "invite_invalid");
    expect(disabled.message).toBe(INVITE_INVALID_SENTENCE);
  });

  it("checks the password policy and keeps the link usable after a bad attempt", async () => {
    const { staff, token } = await invite("policy@example.com");
    const error = await expectStaffError(acceptInvite({ request: REQUEST, prisma: db.prisma, now: hours(1), input: { token, password: "too short" } }), "invalid_input");
    expect(error.extra.fieldErrors).toEqual({ password: ["Use at least 12 characters."] });
    expect((await stored(staff.id)).invite_token_hash).not.toBeNull();
    expect(await auditRowsFor(db.url, staff.id)).toHaveLength(1);
  });
});
