import { readFile, writeFile } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { copyPrismaProject } from "../testing/project-copy";
import { runSql } from "../testing/sql";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { markMigrationsApplied, planBaseline } from "./baseline";
import { createMigration } from "./create";
import { checkDrift } from "./drift";
import { readLocalMigrations } from "./migration-files";
import { applyMigrations, getMigrationStatus } from "./service";

const serverUrl = inject("testServerUrl");
const unmanagedTables = ["alembic_version"];

describe("drift, baseline and new migrations", () => {
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

  it("finds no drift right after migrating", async () => {
    await applyMigrations({ databaseUrl: db.url, paths: project.paths });
    const report = await checkDrift({ databaseUrl: db.url, paths: project.paths, unmanagedTables });
    expect(report.hasDrift).toBe(false);
    expect(report.againstSchema.findings).toEqual([]);
    expect(report.againstHistory?.findings).toEqual([]);
    expect(report.unmigratedSchemaChanges).toEqual([]);
    expect(report.againstSchema.fixSql).toBe("");
  });

  it("names a column added by hand, against both the history and the schema, with the SQL to undo it", async () => {
    await applyMigrations({ databaseUrl: db.url, paths: project.paths });
    await runSql(db.url, `ALTER TABLE tenants ADD COLUMN region text`);
    const report = await checkDrift({ databaseUrl: db.url, paths: project.paths, unmanagedTables });
    expect(report.hasDrift).toBe(true);
    const expected = { kind: "column_extra", table: "tenants", object: "tenants.region" };
    expect(report.againstHistory?.findings).toEqual([expect.objectContaining(expected)]);
    expect(report.againstSchema.findings).toEqual([expect.objectContaining(expected)]);
    expect(report.againstSchema.findings[0]!.sentence).toBe("Column `tenants.region` (text) exists in the database but not in the schema.");
    expect(report.againstSchema.fixSql).toMatch(/ALTER TABLE "tenants" DROP COLUMN "region"/);
    expect(report.againstSchema.fixStatements).toEqual([
      expect.objectContaining({ table: "tenants", risk: "safe", sql: expect.stringMatching(/DROP COLUMN "region"/) }),
    ]);

    await runSql(db.url, `INSERT INTO tenants (id, name, slug, region, updated_at) VALUES (gen_random_uuid(), 'Acme', 'acme', 'eu-west', now())`);
    const withData = await checkDrift({ databaseUrl: db.url, paths: project.paths, unmanagedTables });
    expect(withData.againstSchema.fixStatements).toEqual([
      expect.objectContaining({ table: "tenants", risk: "destructive", reason: "Drops tenants.region, which holds data." }),
    ]);
  });

  it("baselines a database whose tables match the migrations but which has no history", async () => {
    const migrations = await readLocalMigrations(project.paths.migrationsDir);
    for (const migration of migrations) await runSql(db.url, migration.sql);
    await runSql(db.url, `CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY); INSERT INTO alembic_version VALUES ('001');`);
    const before = await getMigrationStatus({ databaseUrl: db.url, paths: project.paths });
    expect(before.summary.code).toBe("not_managed");

    const plan = await planBaseline({ databaseUrl: db.url, paths: project.paths, unmanagedTables });
    const names = migrations.map((m) => m.name);
    expect(plan).toMatchObject({ ok: true, migrations: names });
    await markMigrationsApplied({ databaseUrl: db.url, paths: project.paths, migrations: names });

    const after = await getMigrationStatus({ databaseUrl: db.url, paths: project.paths });
    expect(after.clean).toBe(true);
    expect((await checkDrift({ databaseUrl: db.url, paths: project.paths, unmanagedTables })).hasDrift).toBe(false);
  });

  it("generates a new migration from a schema change, which then applies without drift", async () => {
    await applyMigrations({ databaseUrl: db.url, paths: project.paths });
    const schema = await readFile(project.paths.schemaPath, "utf8");
    await writeFile(
      project.paths.schemaPath,
      schema.replace(`  billingEmail     String?      @map("billing_email") @db.VarChar(320)`, `  billingEmail     String?      @map("billing_email") @db.VarChar(320)\n  region           String?      @db.VarChar(40)`),
    );
    const drifted = await checkDrift({ databaseUrl: db.url, paths: project.paths, unmanagedTables });
    expect(drifted.unmigratedSchemaChanges).toEqual([expect.objectContaining({ kind: "column_missing", object: "tenants.region" })]);

    const created = await createMigration({ paths: project.paths, serverUrl, name: "Add tenant region", now: new Date("2027-12-01T10:00:00Z") });
    expect(created).toMatchObject({ created: true, name: "20271201100000_add_tenant_region" });
    if (!created.created) throw new Error("expected a migration");
    expect(created.sql).toMatch(/ALTER TABLE "tenants" ADD COLUMN\s+"region" VARCHAR\(40\)/);

    const again = await createMigration({ paths: project.paths, serverUrl, name: "nothing" });
    expect(again.created).toBe(false);

    const applied = await applyMigrations({ databaseUrl: db.url, paths: project.paths });
    expect(applied.applied).toEqual(["20271201100000_add_tenant_region"]);
    expect((await checkDrift({ databaseUrl: db.url, paths: project.paths, unmanagedTables })).hasDrift).toBe(false);
  });

  it("refuses to baseline an empty database", async () => {
    const plan = await planBaseline({ databaseUrl: db.url, paths: project.paths, unmanagedTables });
    expect(plan).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
  });
});
