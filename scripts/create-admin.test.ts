import { execFile } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_ADMIN, DEMO_STAFF, findUsableDemoStaff, seedDemoStaff } from "../lib/auth/demo-staff";
import { verifyPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { runScript } from "../lib/testing/run-command";
import { queryRows } from "../lib/testing/sql";
import { createTestDatabase, type TestDatabase } from "../lib/testing/test-database";

const createAdmin = (args: string[], env: Record<string, string>) => runScript("scripts/create-admin.ts", args, env);

type StaffRow = { id: string; email: string; name: string; role: string; password_hash: string; disabled_at: Date | null; session_version: number };

describe("npm run create-admin", () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  const staffRow = async (email: string) =>
    (await queryRows<StaffRow>(database.url, "SELECT id, email, name, role::text, password_hash, disabled_at, session_version FROM console_staff WHERE email = $1", [email]))[0];
  const auditFor = (id: string) =>
    queryRows<{ action: string; actor_type: string; details: Record<string, unknown> }>(
      database.url,
      "SELECT action, actor_type::text, details FROM audit_logs WHERE resource_id = $1 ORDER BY id",
      [id],
    );

  beforeAll(async () => {
    database = await createTestDatabase({ serverUrl: inject("testServerUrl"), migrate: true });
    prisma = createPrismaClient({ databaseUrl: database.url, poolMax: 2 });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  it("creates an admin with the password from CREATE_ADMIN_PASSWORD, audited as the system", async () => {
    const result = await createAdmin(["--email", "Grace.Hopper@Example.com"], { DATABASE_URL: database.url, CREATE_ADMIN_PASSWORD: "a-first-admin-password" });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("✔ Created the admin grace.hopper@example.com (Grace Hopper)");

    const row = (await staffRow("grace.hopper@example.com"))!;
    expect(row).toMatchObject({ role: "admin", name: "Grace Hopper", disabled_at: null });
    expect(await verifyPassword("a-first-admin-password", row.password_hash)).toBe(true);
    expect(await auditFor(row.id)).toEqual([{ action: "staff.create", actor_type: "system", details: { role: "admin", via: "create-admin" } }]);
  });

  it("makes an existing support account an enabled admin with the new password, ending its sessions", async () => {
    const existing = await prisma.consoleStaff.create({
      data: { email: "sam@example.com", name: "Sam", role: "support", disabledAt: new Date(), passwordHash: null },
    });
    const result = await createAdmin(["--email", "sam@example.com", "--name", "Sam Admin"], { DATABASE_URL: database.url, CREATE_ADMIN_PASSWORD: "the-rescue-password" });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("✔ Made an enabled admin of sam@example.com (Sam Admin)");

    const row = (await staffRow("sam@example.com"))!;
    expect(row).toMatchObject({ role: "admin", name: "Sam Admin", disabled_at: null, session_version: existing.sessionVersion + 1 });
    expect(await verifyPassword("the-rescue-password", row.password_hash)).toBe(true);
    expect(await auditFor(existing.id)).toEqual([
      {
        action: "staff.promote",
        actor_type: "system",
        details: {
          before: { role: "support", disabled: true, name: "Sam" },
          after: { role: "admin", disabled: false, name: "Sam Admin" },
          passwordReset: true,
          via: "create-admin",
        },
      },
    ]);
  });

  it("refuses a weak password, a missing email and a missing password with one sentence each, changing nothing", async () => {
    const before = await queryRows(database.url, "SELECT count(*)::int AS n FROM console_staff");
    const weak = await createAdmin(["--email", "weak@example.com"], { DATABASE_URL: database.url, CREATE_ADMIN_PASSWORD: "too-short" });
    expect(weak.code).toBe(1);
    expect(weak.stderr.trim()).toBe("✖ That password cannot be used. Use at least 12 characters.");

    const noEmail = await createAdmin([], { DATABASE_URL: database.url, CREATE_ADMIN_PASSWORD: "a-long-enough-password" });
    expect(noEmail.code).toBe(1);
    expect(noEmail.stderr.trim()).toBe("✖ Give the admin's email address: npm run create-admin -- --email name@example.com");

    const noPassword = await createAdmin(["--email", "nopass@example.com"], { DATABASE_URL: database.url });
    expect(noPassword.code).toBe(1);
    expect(noPassword.stderr.trim()).toBe("✖ No password given: run this in a terminal to type it, or set CREATE_ADMIN_PASSWORD.");
    expect(await queryRows(database.url, "SELECT count(*)::int AS n FROM console_staff")).toEqual(before);
  });
});

describe("demo staff accounts", () => {
  let database: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase({ serverUrl: inject("testServerUrl"), migrate: true });
    prisma = createPrismaClient({ databaseUrl: database.url, poolMax: 2 });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  it("are created only in an empty console_staff, audited, and listed while their demo passwords work", async () => {
    expect(await seedDemoStaff(prisma)).toBe(true);
    expect(await seedDemoStaff(prisma)).toBe(false);
    const rows = await queryRows<{ email: string; role: string }>(database.url, "SELECT email, role::text FROM console_staff ORDER BY role");
    expect(rows).toEqual(DEMO_STAFF.map(({ email, role }) => ({ email, role })));
    const audit = await queryRows<{ action: string }>(database.url, "SELECT action FROM audit_logs WHERE actor_type = 'system'");
    expect(audit).toEqual([{ action: "staff.create" }, { action: "staff.create" }]);

    expect(await findUsableDemoStaff(prisma)).toEqual([...DEMO_STAFF]);
    await prisma.consoleStaff.update({ where: { email: DEMO_ADMIN.email }, data: { disabledAt: new Date() } });
    expect((await findUsableDemoStaff(prisma)).map((account) => account.role)).toEqual(["support"]);
  });
});

describe("npm run create-admin on the embedded development database", () => {
  let projectDir: string;
  const root = path.resolve(import.meta.dirname, "..");

  // Runs a script as `npm run` would, but in a scratch project directory whose .data/ it may fill.
  async function runInProject(script: string, args: string[], env: Record<string, string> = {}) {
    const loader = path.join(root, "node_modules", "tsx", "dist", "loader.mjs");
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", loader, path.join(root, script), ...args], {
        cwd: projectDir,
        env: { ...process.env, DATABASE_URL: "", POSTGRES_HOST: "", NO_COLOR: "1", ...env },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  beforeAll(async () => {
    projectDir = await mkdtemp(path.join(os.tmpdir(), "afc-create-admin-"));
    await cp(path.join(root, "prisma"), path.join(projectDir, "prisma"), { recursive: true });
  });
  afterAll(async () => {
    await rm(projectDir, { recursive: true, force: true });
  });

  it("opens .data/pglite like the db:* commands, and creates then updates the admin there", async () => {
    expect((await runInProject("scripts/db.ts", ["migrate"])).code).toBe(0);
    const env = { CREATE_ADMIN_PASSWORD: "an-embedded-admin-password" };
    const created = await runInProject("scripts/create-admin.ts", ["--email", "dev@example.com"], env);
    expect(created.stdout).toContain("✔ Created the admin dev@example.com (Dev) in the embedded development database.");
    const again = await runInProject("scripts/create-admin.ts", ["--email", "dev@example.com"], env);
    expect(again.stdout).toContain("✔ Set a new password for the admin dev@example.com (Dev) in the embedded development database.");
  });
});
