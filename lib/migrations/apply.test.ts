import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { copyPrismaProject } from "../testing/project-copy";
import { queryRows } from "../testing/sql";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { readLocalMigrations } from "./migration-files";
import type { ProjectPaths } from "./project-files";
import { readAppliedScript } from "./history";
import { applyMigrations, getMigrationStatus, resolveMigration, withMigrationClient } from "./service";

const serverUrl = inject("testServerUrl");
const migrationNames = async (paths: ProjectPaths) => (await readLocalMigrations(paths.migrationsDir)).map((m) => m.name);

async function addMigration(paths: ProjectPaths, name: string, sql: string): Promise<void> {
  await mkdir(path.join(paths.migrationsDir, name), { recursive: true });
  await writeFile(path.join(paths.migrationsDir, name, "migration.sql"), sql);
}

describe("applying migrations", () => {
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

  it("migrates an empty database to a clean status with every table under its snake_case name", async () => {
    const before = await getMigrationStatus({ databaseUrl: db.url, paths: project.paths });
    expect(before.summary.code).toBe("pending");
    expect(before.clean).toBe(false);

    const result = await applyMigrations({ databaseUrl: db.url, paths: project.paths });
    expect(result.failed).toBeNull();
    const names = await migrationNames(project.paths);
    expect(result.applied).toEqual(names);

    const after = await getMigrationStatus({ databaseUrl: db.url, paths: project.paths });
    expect(after.clean).toBe(true);
    expect(after.summary.sentence).toBe(`Up to date: ${names.length} migrations applied.`);

    const tables = (await queryRows<{ table_name: string }>(db.url, `select table_name from information_schema.tables where table_schema = 'public'`)).map((r) => r.table_name);
    for (const table of ["users", "tenants", "agents", "workflows", "blueprints", "executions", "audit_logs", "api_keys", "projects", "plans", "subscriptions", "usage_records"]) {
      expect(tables).toContain(table);
    }
    const columns = await queryRows<{ table_name: string; column_name: string; data_type: string }>(
      db.url,
      `select table_name, column_name, data_type from information_schema.columns where table_schema = 'public'`,
    );
    const has = (table: string, column: string) => columns.some((c) => c.table_name === table && c.column_name === column);
    expect(has("executions", "execution_type")).toBe(true);
    expect(has("executions", "output_data")).toBe(true);
    expect(has("executions", "type")).toBe(false);
    expect(has("workflows", "description")).toBe(false);
    expect(has("agents", "config")).toBe(false);
    expect(has("agents", "created_by")).toBe(true);
    for (const column of ["definition", "config", "pricing_model", "price", "publisher_id", "is_public", "downloads", "rating", "reviews_count"]) {
      expect(has("blueprints", column)).toBe(true);
    }
    expect(columns.find((c) => c.table_name === "audit_logs" && c.column_name === "id")?.data_type).toBe("bigint");
    expect(columns.find((c) => c.table_name === "audit_logs" && c.column_name === "details")?.data_type).toBe("jsonb");
    expect(has("audit_logs", "ip_address")).toBe(true);

    const rows = await queryRows(db.url, `select migration_name, checksum, finished_at, applied_steps_count, logs from _prisma_migrations`);
    const sql = await readFile(path.join(project.paths.migrationsDir, "20261129000000_init", "migration.sql"), "utf8");
    const { createHash } = await import("node:crypto");
    expect(rows).toHaveLength(names.length);
    expect(rows.find((r) => r.migration_name === "20261129000000_init")).toMatchObject({ migration_name: "20261129000000_init", checksum: createHash("sha256").update(sql).digest("hex"), applied_steps_count: 1, logs: null });
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
  });

  it("applies a migration whose plpgsql body and string literals contain semicolons", async () => {
    await addMigration(project.paths, "20271130000000_add_touch_function", `
CREATE FUNCTION touch_note(label text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  result text;
BEGIN
  result := 'touched; ' || label || ';';
  RETURN result;
END;
$$;
CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL DEFAULT 'a; b');
`);
    const result = await applyMigrations({ databaseUrl: db.url, paths: project.paths });
    expect(result.failed).toBeNull();
    expect(result.applied).toHaveLength((await migrationNames(project.paths)).length);
    expect(result.applied.at(-1)).toBe("20271130000000_add_touch_function");
    const [row] = await queryRows<{ value: string }>(db.url, `select touch_note('x') as value`);
    expect(row!.value).toBe("touched; x;");
    await queryRows(db.url, `insert into notes default values`);
    const [note] = await queryRows<{ body: string }>(db.url, `select body from notes`);
    expect(note!.body).toBe("a; b");
  });

  it("records a migration that fails halfway as failed and leaves none of it behind", async () => {
    await applyMigrations({ databaseUrl: db.url, paths: project.paths });
    await addMigration(project.paths, "20271130000000_broken", `
CREATE TABLE half_done (id int PRIMARY KEY);
ALTER TABLE tenants ADD COLUMN region text;
INSERT INTO no_such_table VALUES (1);
`);
    const result = await applyMigrations({ databaseUrl: db.url, paths: project.paths });
    expect(result.applied).toEqual([]);
    expect(result.failed?.name).toBe("20271130000000_broken");
    expect(result.failed?.message).toMatch(/no_such_table/);
    expect(result.failed?.message).toMatch(/line 4/);

    const [table] = await queryRows<{ exists: boolean }>(db.url, `select to_regclass('public.half_done') is not null as exists`);
    expect(table!.exists).toBe(false);
    const region = await queryRows(db.url, `select 1 from information_schema.columns where table_name = 'tenants' and column_name = 'region'`);
    expect(region).toHaveLength(0);

    const status = await getMigrationStatus({ databaseUrl: db.url, paths: project.paths });
    expect(status.summary.code).toBe("failed");
    expect(status.summary.sentence).toBe("Migration 20271130000000_broken failed: deploys are blocked until it is resolved.");
    const failed = status.migrations.find((m) => m.name === "20271130000000_broken");
    expect(failed?.state).toBe("failed");
    expect(failed?.logs).toMatch(/no_such_table/);

    await expect(applyMigrations({ databaseUrl: db.url, paths: project.paths })).rejects.toThrow(/deploys are blocked/);

    // Resolved as rolled back, then fixed, it applies; the history keeps both attempts.
    const resolved = await resolveMigration({ databaseUrl: db.url, paths: project.paths, name: "20271130000000_broken", resolution: "rolled_back" });
    expect(resolved.migrations.find((m) => m.name === "20271130000000_broken")?.state).toBe("rolled_back");
    expect(resolved.summary.code).toBe("pending");
    await addMigration(project.paths, "20271130000000_broken", `CREATE TABLE half_done (id int PRIMARY KEY);\nALTER TABLE tenants ADD COLUMN region text;\n`);
    await expect(resolveMigration({ databaseUrl: db.url, paths: project.paths, name: "20271130000000_broken", resolution: "applied" }))
      .rejects.toThrow("Migration 20271130000000_broken is not failed, so there is nothing to resolve.");
    const retried = await applyMigrations({ databaseUrl: db.url, paths: project.paths });
    expect(retried).toEqual({ applied: ["20271130000000_broken"], failed: null });
    const final = await getMigrationStatus({ databaseUrl: db.url, paths: project.paths });
    expect(final.clean).toBe(true);
    expect(final.migrations.find((m) => m.name === "20271130000000_broken")?.attempts).toBe(2);
  });

  it("lets exactly one of two simultaneous runners apply each migration", async () => {
    const [first, second] = await Promise.all([
      applyMigrations({ databaseUrl: db.url, paths: project.paths }),
      applyMigrations({ databaseUrl: db.url, paths: project.paths }),
    ]);
    expect(first.failed).toBeNull();
    expect(second.failed).toBeNull();
    const names = await migrationNames(project.paths);
    expect([...first.applied, ...second.applied].sort()).toEqual(names);
    const rows = await queryRows(db.url, `select migration_name from _prisma_migrations`);
    expect(rows).toHaveLength(names.length);
    expect((await getMigrationStatus({ databaseUrl: db.url, paths: project.paths })).clean).toBe(true);
  });

  it("reports a migration edited after it was applied, but not one whose line endings changed", async () => {
    await applyMigrations({ databaseUrl: db.url, paths: project.paths });
    const file = path.join(project.paths.migrationsDir, "20261129000000_init", "migration.sql");
    const original = await readFile(file, "utf8");

    await writeFile(file, original.replace(/\n/g, "\r\n"));
    const crlf = await getMigrationStatus({ databaseUrl: db.url, paths: project.paths });
    expect(crlf.migrations.every((m) => m.state === "applied")).toBe(true);
    expect(crlf.clean).toBe(true);

    await writeFile(file, `${original}\n-- tuned by hand\nCREATE INDEX tenants_name_idx ON tenants (name);\n`);
    const edited = await getMigrationStatus({ databaseUrl: db.url, paths: project.paths });
    expect(edited.migrations.find((m) => m.name === "20261129000000_init")?.state).toBe("edited");
    expect(edited.summary.code).toBe("edited");
    expect(edited.clean).toBe(false);

    // The text as applied is kept, so the edit can be shown as a diff.
    const init = edited.migrations.find((m) => m.name === "20261129000000_init")!;
    const applied = await withMigrationClient(db.url, (client) => readAppliedScript(client, init.appliedChecksum!));
    expect(applied).toBe(original);
  });

  it("names a migration that the database has and this checkout does not", async () => {
    await applyMigrations({ databaseUrl: db.url, paths: project.paths });
    await queryRows(db.url, `insert into _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) values ('x', 'abc', '20271201000000_from_elsewhere', now(), now(), 1)`);
    const status = await getMigrationStatus({ databaseUrl: db.url, paths: project.paths });
    expect(status.migrations.find((m) => m.name === "20271201000000_from_elsewhere")?.state).toBe("missing_locally");
    expect(status.summary.code).toBe("missing_locally");
  });
});
