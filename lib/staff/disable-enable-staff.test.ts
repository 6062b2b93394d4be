import { describe, expect, it, vi } from "vitest";
import { queryRows } from "../testing/sql";
import { disableStaff } from "./disable-staff";
import { enableStaff } from "./enable-staff";
import { StaffError } from "./staff-error";
import {
  auditRowsFor, countRows, expectStaffError, insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase,
} from "./staff-test-kit";

vi.mock("server-only", () => ({}));

const NOW = new Date("2026-11-20T09:30:00.000Z");

type Stored = { disabled_at: Date | null; session_version: number };

describe("disableStaff and enableStaff", () => {
  const db = useStaffDatabase();
  const stored = async (id: string) =>
    (await queryRows<Stored>(db.url, "SELECT disabled_at, session_version FROM console_staff WHERE id = $1", [id]))[0]!;

  it("disables an account, bumps its session version and audits it with the reason", async () => {
    const actor = await insertAdminSession(db.prisma);
    const target = await insertStaff(db.prisma, { role: "support", name: "Leaving Lee" });

    const row = await disableStaff({
      actor, request: REQUEST, prisma: db.prisma, now: NOW,
      input: { staffId: target.id, expectedUpdatedAt: target.updatedAt.toISOString(), reason: "Left the company" },
    });

    expect(row).toMatchObject({ id: target.id, status: "disabled" });
    expect(await stored(target.id)).toEqual({ disabled_at: NOW, session_version: target.sessionVersion + 1 });
    expect(await auditRowsFor(db.url, target.id)).toEqual([{
      actor_type: "staff", actor_id: actor.id, actor_email: actor.email, action: "staff.disable",
      resource_type: "console_staff", resource_id: target.id, ip: REQUEST.ipAddress, user_agent: REQUEST.userAgent,
      details: { before: { disabledAt: null }, after: { disabledAt: NOW.toISOString() }, reason: "Left the company" },
    }]);
  });

  it("enables it again and audits that, keeping the session version that ended the old sessions", async () => {
    const actor = await insertAdminSession(db.prisma);
    const target = await insertStaff(db.prisma, { role: "support", disabled: true });
    const disabledAt = (await stored(target.id)).disabled_at!;

    const row = await enableStaff({ actor, request: REQUEST, prisma: db.prisma, input: { staffId: target.id, expectedUpdatedAt: target.updatedAt } });

    expect(row.status).toBe("active");
    expect(await stored(target.id)).toEqual({ disabled_at: null, session_version: target.sessionVersion });
    const [audit] = await auditRowsFor(db.url, target.id);
    expect(audit).toMatchObject({ action: "staff.enable", actor_id: actor.id, resource_type: "console_staff" });
    expect(audit!.details).toEqual({ before: { disabledAt: disabledAt.toISOString() }, after: { disabledAt: null } });
  });

  it("says so plainly when an admin tries to disable themself", async () => {
    const actor = await insertAdminSession(db.prisma);
    const self = await db.prisma.consoleStaff.findUniqueOrThrow({ where: { id: actor.id } });
    const error = await expectStaffError(
      disableStaff({ actor, request: REQUEST, prisma: db.prisma, input: { staffId: actor.id, expectedUpdatedAt: self.updatedAt } }),
      "self_disable",
    );
    expect(error.message).toBe("You cannot disable your own account. Ask another admin to do it.");
    expect((await stored(actor.id)).disabled_at).toBeNull();
    expect(await auditRowsFor(db.url, actor.id)).toEqual([]);
  });

  it("refuses to disable an account that is already disabled, or enable one that is enabled", async () => {
    const actor = await insertAdminSession(db.prisma);
    const disabled = await insertStaff(db.prisma, { disabled: true });
    const enabled = await insertStaff(db.prisma);
    await expectStaffError(disableStaff({ actor, request: REQUEST, prisma: db.prisma, input: { staffId: disabled.id, expectedUpdatedAt: disabled.updatedAt } }), "no_change");
    await expectStaffError(enableStaff({ actor, request: REQUEST, prisma: db.prisma, input: { staffId: enabled.id, expectedUpdatedAt: enabled.updatedAt } }), "no_change");
  });

  it("refuses a stale updatedAt with the current values", async () => {
    const actor = await insertAdminSession(db.prisma);
    const target = await insertStaff(db.prisma, { role: "support" });
    const seen = target.updatedAt;
    await db.prisma.consoleStaff.update({ where: { id: target.id }, data: { role: "admin" } });
    const error = await expectStaffError(
      disableStaff({ actor, request: REQUEST, prisma: db.prisma, input: { staffId: target.id, expectedUpdatedAt: seen } }),
      "stale",
    );
    expect(error.toFailure()).toMatchObject({ ok: false, status: 409, current: { id: target.id, role: "admin", status: "active" } });
    expect((await stored(target.id)).disabled_at).toBeNull();
  });

  it("answers bad input with field errors", async () => {
    const actor = await insertAdminSession(db.prisma);
    const error = await expectStaffError(
      disableStaff({ actor, request: REQUEST, prisma: db.prisma, input: { staffId: "x", expectedUpdatedAt: "", reason: "r".repeat(501) } }),
      "invalid_input",
    );
    expect(Object.keys(error.extra.fieldErrors ?? {}).sort()).toEqual(["expectedUpdatedAt", "reason", "staffId"]);
  });

  it("refuses a support actor for both, writing nothing", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const target = await insertStaff(db.prisma, { disabled: true });
    const other = await insertStaff(db.prisma);
    const auditBefore = await countRows(db.url, "audit_logs");
    await expectStaffError(enableStaff({ actor: support, request: REQUEST, prisma: db.prisma, input: { staffId: target.id, expectedUpdatedAt: target.updatedAt } }), "forbidden");
    await expectStaffError(disableStaff({ actor: support, request: REQUEST, prisma: db.prisma, input: { staffId: other.id, expectedUpdatedAt: other.updatedAt } }), "forbidden");
    expect((await stored(target.id)).disabled_at).not.toBeNull();
    expect((await stored(other.id)).disabled_at).toBeNull();
    expect(await countRows(db.url, "audit_logs")).toBe(auditBefore);
  });
});

describe("the last-admin rule for disabling", () => {
  const db = useStaffDatabase();

  it("refuses to disable the last active admin, even for a session that still says admin", async () => {
    const last = await insertStaff(db.prisma, { role: "admin", name: "Last Admin" });
    // Demoted a moment ago; their session has not been re-checked yet.
    const demoted = await insertStaff(db.prisma, { role: "support" });
    const error = await expectStaffError(
      disableStaff({ actor: { ...sessionOf(demoted), role: "admin" }, request: REQUEST, prisma: db.prisma, input: { staffId: last.id, expectedUpdatedAt: last.updatedAt } }),
      "last_admin",
    );
    expect(error.message).toBe("Last Admin is the last active admin, so the account cannot be disabled. Make someone else an admin first.");
    await db.prisma.consoleStaff.deleteMany();
  });

  it("lets exactly one of two admins disabling each other at once succeed", async () => {
    for (let round = 0; round < 5; round += 1) {
      const a = await insertStaff(db.prisma, { role: "admin" });
      const b = await insertStaff(db.prisma, { role: "admin" });
      const outcomes = await Promise.allSettled([
        disableStaff({ actor: sessionOf(a), request: REQUEST, prisma: db.prisma, input: { staffId: b.id, expectedUpdatedAt: b.updatedAt } }),
        disableStaff({ actor: sessionOf(b), request: REQUEST, prisma: db.prisma, input: { staffId: a.id, expectedUpdatedAt: a.updatedAt } }),
      ]);
      const rejected = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
      expect(rejected).toHaveLength(1);
      expect(rejected[0]).toBeInstanceOf(StaffError);
      expect((rejected[0] as StaffError).code).toBe("last_admin");
      expect(await queryRows(db.url, "SELECT id FROM console_staff WHERE role = 'admin' AND disabled_at IS NULL")).toHaveLength(1);
      await db.prisma.consoleStaff.deleteMany();
    }
  });
});
