import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { buildMigrationState } from "../testing/fixtures/migration-states";
import { copyPrismaProject } from "../testing/project-copy";
import { queryRows } from "../testing/sql";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { createMigrationAuditHook, type MigrationAuditHook } from "./audit-hook";
import { markMigrationsApplied } from "./baseline";
import { readConsoleActivity } from "./console-activity";
import { readLocalMigrations } from "./migration-files";
import { applyMigrations, getMigrationStatus, resolveMigration, withMigrationClient } from "./service";

// The console's audit rows for migrations are written on the migration's own connection, inside
// its transaction: both commit, or neither does.

const serverUrl = inject("testServerUrl");
const actor = { type: "staff" as const, id: "6f1d2c3b-0000-4000-8000-000000000001", email: "ada@agent-factory.local" };
const request = { ipAddress: "203.0.113.9", userAgent: "vitest" };
const audit = createMigrationAuditHook({ actor, request });

type AuditRow = { action: string; actor_type: string; actor_email: string; resource_type: string; resource_id: string; details: Record<string, unknown>; ip_address: string };
const auditRows = (url: string) =>
  queryRows<AuditRow>(url, `select action, actor_type::text, actor_email, resource_type, resource_id, details, host(ip_address) as ip_address from audit_logs where action like 'migration.%' order by id`);

describe("audit rows for migrations", () => {
  let db: TestDatabase;
  let project: Awaited<ReturnType<typeof copyPrismaProject>>;

  beforeEach(async () => {
    db = await createTestDatabase({ serverUrl });
    project = await copyPrismaProject();
  });
  afterEach(async () => {
    await db.drop();
    await project.remove();
  });

  async function addMigration(name: string, sql: string): Promise<void> {
    await mkdir(path.join(project.paths.migrationsDir, name), { recursive: true });
    await writeFile(path.join(project.paths.migrationsDir, name, "migration.sql"), sql);
  }

  it("writes one migration.apply row per migration, with who, from where and how long", async () => {
    const names = (await readLocalMigrations(project.paths.migrationsDir)).map((m) => m.name);
    const result = await applyMigrations({ databaseUrl: db.url, paths: project.paths, audit });
    expect(result.applied).toEqual(names);
    const rows = await auditRows(db.url);
    expect(rows.map((r) => r.resource_id)).toEqual(names);
    for (const row of rows) {
      expect(row).toMatchObject({ action: "migration.apply", actor_type: "staff", actor_email: actor.email, resource_type: "migration", ip_address: "203.0.113.9" });
      expect(row.details).toMatchObject({ migration: row.resource_id, outcome: "applied", checksum: expect.stringMatching(/^[0-9a-f]{64}$/), durationMs: expect.any(Number) });
    }
    const activity = await withMigrationClient(db.url, readConsoleActivity);
    expect(activity.get(names[0]!)).toMatchObject({ action: "migration.apply", actorEmail: actor.email, outcome: "applied" });
  });

  it("rolls the migration back when its audit row cannot be written: the two share one transaction", async () => {
    await applyMigrations({ databaseUrl: db.url, paths: project.paths });
    await addMigration("20271130000000_add_notes", `CREATE TABLE notes (id serial PRIMARY KEY);\n`);
    const refusing: MigrationAuditHook = async (client, event) => {
      await audit(client, event);
      if (event.details.outcome === "applied") throw new Error("the audit trail is full");
    };
    const result = await applyMigrations({ databaseUrl: db.url, paths: project.paths, audit: refusing });
    expect(result.failed?.name).toBe("20271130000000_add_notes");
    expect(result.failed?.message).toMatch(/^The audit row could not be written, so the migration was rolled back\.\nDatabase error: the audit trail is full/);
    const [notes] = await queryRows<{ exists: boolean }>(db.url, `select to_regclass('public.notes') is not null as exists`);
    expect(notes!.exists).toBe(false);
    // The applied row went with the migration; the failure is recorded, with its own audit row.
    expect((await auditRows(db.url)).map((r) => r.details.outcome)).toEqual(["failed"]);
    const status = await getMigrationStatus({ databaseUrl: db.url, paths: project.paths });
    expect(status.summary.code).toBe("failed");
  });

  it("records a failed migration and its failed audit row together, and a resolve as migration.resolve", async () => {
    await applyMigrations({ databaseUrl: db.url, paths: project.paths });
    await addMigration("20271130000000_broken", `CREATE TABLE half_done (id int PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);\n`);
    const result = await applyMigrations({ databaseUrl: db.url, paths: project.paths, audit });
    expect(result.failed?.message).toMatch(/no_such_table/);
    expect(await auditRows(db.url)).toEqual([
      expect.objectContaining({ action: "migration.apply", resource_id: "20271130000000_broken", details: expect.objectContaining({ outcome: "failed", error: expect.stringMatching(/no_such_table/) }) }),
    ]);

    await resolveMigration({ databaseUrl: db.url, paths: project.paths, name: "20271130000000_broken", resolution: "rolled_back", audit });
    const rows = await auditRows(db.url);
    expect(rows.at(-1)).toMatchObject({ action: "migration.resolve", resource_id: "20271130000000_broken", details: expect.objectContaining({ resolution: "rolled_back" }) });
  });

  it("writes one migration.baseline row naming every migration it recorded, in the same transaction", async () => {
    await buildMigrationState(db.url, "baseline_ready", project.paths);
    const names = (await readLocalMigrations(project.paths.migrationsDir)).map((m) => m.name);
    await markMigrationsApplied({ databaseUrl: db.url, paths: project.paths, migrations: names, audit, evidence: ["it matches"] });
    expect(await auditRows(db.url)).toEqual([
      expect.objectContaining({ action: "migration.baseline", resource_id: names.at(-1), details: expect.objectContaining({ migrations: names, evidence: ["it matches"] }) }),
    ]);
    const activity = await withMigrationClient(db.url, readConsoleActivity);
    expect(names.every((name) => activity.get(name)?.action === "migration.baseline")).toBe(true);

    // A second baseline, racing the first, finds the history and records nothing.
    await expect(markMigrationsApplied({ databaseUrl: db.url, paths: project.paths, migrations: names, audit })).rejects.toThrow(/already has a Prisma migration history/);
    expect(await auditRows(db.url)).toHaveLength(1);
  });
});
