import { describe, expect, it, vi } from "vitest";
import { queryRows, runSql } from "../testing/sql";
import { changeStaffRole } from "./change-staff-role";
import { StaffError } from "./staff-error";
import {
  auditRowsFor, countRows, expectStaffError, insertAdminSession, insertStaff, REQUEST, sessionOf, useStaffDatabase,
} from "./staff-test-kit";

vi.mock("server-only", () => ({}));

type Stored = { role: string; session_version: number };

describe("changeStaffRole", () => {
  const db = useStaffDatabase();
  const stored = async (id: string) =>
    (await queryRows<Stored>(db.url, "SELECT role::text, session_version FROM console_staff WHERE id = $1", [id]))[0]!;

  it("changes the role, bumps the session version and audits before/after with the reason", async () => {
    const actor = await insertAdminSession(db.prisma);
    const target = await insertStaff(db.prisma, { role: "support", name: "Sam Support" });

    const row = await changeStaffRole({
      actor, request: REQUEST, prisma: db.prisma,
      input: { staffId: target.id, role: "admin", expectedUpdatedAt: target.updatedAt.toISOString(), reason: "On call this quarter" },
    });

    expect(row).toMatchObject({ id: target.id, role: "admin", status: "active" });
    expect(await stored(target.id)).toEqual({ role: "admin", session_version: target.sessionVersion + 1 });
    expect(await auditRowsFor(db.url, target.id)).toEqual([{
      actor_type: "staff", actor_id: actor.id, actor_email: actor.email, action: "staff.role_change",
      resource_type: "console_staff", resource_id: target.id, ip: REQUEST.ipAddress, user_agent: REQUEST.userAgent,
      details: { before: { role: "support" }, after: { role: "admin" }, reason: "On call this quarter" },
    }]);
  });

  it("demotes an admin while another active admin remains", async () => {
    const actor = await insertAdminSession(db.prisma);
    const target = await insertStaff(db.prisma, { role: "admin" });
    await changeStaffRole({ actor, request: REQUEST, prisma: db.prisma, input: { staffId: target.id, role: "support", expectedUpdatedAt: target.updatedAt } });
    expect(await stored(target.id)).toEqual({ role: "support", session_version: target.sessionVersion + 1 });
  });

  it("refuses a role the person already has", async () => {
    const actor = await insertAdminSession(db.prisma);
    const target = await insertStaff(db.prisma, { role: "support" });
    await expectStaffError(
      changeStaffRole({ actor, request: REQUEST, prisma: db.prisma, input: { staffId: target.id, role: "support", expectedUpdatedAt: target.updatedAt } }),
      "no_change",
    );
    expect(await auditRowsFor(db.url, target.id)).toEqual([]);
  });

  it("answers bad input with field errors", async () => {
    const actor = await insertAdminSession(db.prisma);
    const error = await expectStaffError(
      changeStaffRole({ actor, request: REQUEST, prisma: db.prisma, input: { staffId: "nope", role: "root" as "admin", expectedUpdatedAt: "yesterday" } }),
      "invalid_input",
    );
    expect(Object.keys(error.extra.fieldErrors ?? {}).sort()).toEqual(["expectedUpdatedAt", "role", "staffId"]);
  });

  it("answers 404 for an account that does not exist", async () => {
    const actor = await insertAdminSession(db.prisma);
    const error = await expectStaffError(
      changeStaffRole({ actor, request: REQUEST, prisma: db.prisma, input: { staffId: "00000000-0000-4000-8000-000000000000", role: "admin", expectedUpdatedAt: new Date() } }),
      "not_found",
    );
    expect(error.status).toBe(404);
  });

  it("refuses a stale updatedAt with a conflict sentence and the current values, changing nothing", async () => {
    const actor = await insertAdminSession(db.prisma);
    const target = await insertStaff(db.prisma, { role: "support", name: "Stale Sue" });
    const seen = target.updatedAt;
    await db.prisma.consoleStaff.update({ where: { id: target.id }, data: { name: "Sue Renamed" } });

    const error = await expectStaffError(
      changeStaffRole({ actor, request: REQUEST, prisma: db.prisma, input: { staffId: target.id, role: "admin", expectedUpdatedAt: seen } }),
      "stale",
    );
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/^Someone else changed Sue Renamed's account after you opened this page/);
    expect(error.extra.current).toMatchObject({ id: target.id, name: "Sue Renamed", role: "support" });
    expect(error.extra.current).not.toHaveProperty("passwordHash");
    expect(await stored(target.id)).toEqual({ role: "support", session_version: target.sessionVersion });
    expect(await auditRowsFor(db.url, target.id)).toEqual([]);
  });

  it("refuses a support actor and writes nothing", async () => {
    const support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
    const target = await insertStaff(db.prisma, { role: "support" });
    const auditBefore = await countRows(db.url, "audit_logs");
    await expectStaffError(
      changeStaffRole({ actor: support, request: REQUEST, prisma: db.prisma, input: { staffId: target.id, role: "admin", expectedUpdatedAt: target.updatedAt } }),
      "forbidden",
    );
    expect(await stored(target.id)).toEqual({ role: "support", session_version: target.sessionVersion });
    expect(await countRows(db.url, "audit_logs")).toBe(auditBefore);
  });

  it("leaves neither the change nor an audit row when writing the audit row fails", async () => {
    const actor = await insertAdminSession(db.prisma);
    const target = await insertStaff(db.prisma, { role: "support" });
    await runSql(db.url, `
      CREATE FUNCTION test_fail_role_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.details->>'reason' = 'fail the audit' THEN RAISE EXCEPTION 'audit insert failed on purpose'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_fail_role_audit BEFORE INSERT ON audit_logs FOR EACH ROW EXECUTE FUNCTION test_fail_role_audit();`);
    await expect(changeStaffRole({
      actor, request: REQUEST, prisma: db.prisma,
      input: { staffId: target.id, role: "admin", expectedUpdatedAt: target.updatedAt, reason: "fail the audit" },
    })).rejects.toThrow(/audit insert failed on purpose/);
    expect(await stored(target.id)).toEqual({ role: "support", session_version: target.sessionVersion });
    expect(await auditRowsFor(db.url, target.id)).toEqual([]);
  });
});

describe("the last-admin rule for role changes", () => {
  const db = useStaffDatabase();

  it("refuses to demote the last active admin; a disabled admin does not count", async () => {
    const only = await insertStaff(db.prisma, { role: "admin", name: "Only Admin" });
    await insertStaff(db.prisma, { role: "admin", name: "Gone Admin", disabled: true });
    const error = await expectStaffError(
      changeStaffRole({ actor: sessionOf(only), request: REQUEST, prisma: db.prisma, input: { staffId: only.id, role: "support", expectedUpdatedAt: only.updatedAt } }),
      "last_admin",
    );
    expect(error.message).toBe("Only Admin is the last active admin, so the account cannot be moved to another role. Make someone else an admin first.");
    expect(await auditRowsFor(db.url, only.id)).toEqual([]);
    await db.prisma.consoleStaff.deleteMany();
  });

  it("lets exactly one of two concurrent demotions of the last two admins succeed", async () => {
    for (let round = 0; round < 5; round += 1) {
      const a = await insertStaff(db.prisma, { role: "admin", name: `Admin A${round}` });
      const b = await insertStaff(db.prisma, { role: "admin", name: `Admin B${round}` });
      const outcomes = await Promise.allSettled([
        changeStaffRole({ actor: sessionOf(a), request: REQUEST, prisma: db.prisma, input: { staffId: b.id, role: "support", expectedUpdatedAt: b.updatedAt } }),
        changeStaffRole({ actor: sessionOf(b), request: REQUEST, prisma: db.prisma, input: { staffId: a.id, role: "support", expectedUpdatedAt: a.updatedAt } }),
      ]);
      const fulfilled = outcomes.filter((outcome) => outcome.status === "fulfilled");
      const rejected = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
      expect(fulfilled).toHaveLength(1);
      expect(rejected).toHaveLength(1);
      expect(rejected[0]).toBeInstanceOf(StaffError);
      expect((rejected[0] as StaffError).code).toBe("last_admin");
      const admins = await queryRows(db.url, "SELECT id FROM console_staff WHERE role = 'admin' AND disabled_at IS NULL");
      expect(admins).toHaveLength(1);
      expect(await queryRows(db.url, "SELECT 1 FROM audit_logs WHERE action = 'staff.role_change' AND resource_id = ANY($1)", [[a.id, b.id]])).toHaveLength(1);
      await db.prisma.consoleStaff.deleteMany();
    }
  });
});
