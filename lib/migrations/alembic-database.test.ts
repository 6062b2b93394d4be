import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { runScript } from "../testing/run-command";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { planBaseline } from "./baseline";
import { checkDrift, type DriftReport } from "./drift";
import { defaultProjectPaths } from "./project-files";
import { snapshotSchema } from "./schema-snapshot";
import { getMigrationStatus } from "./service";
import { buildMigrationState } from "../testing/fixtures/migration-states";

// A database created the way the backend's Alembic revision 001 did it: eight tables with the
// drifted names from the schema audit. Everything must be explained, and nothing changed.

const serverUrl = inject("testServerUrl");
const paths = defaultProjectPaths();
const unmanagedTables = ["alembic_version"];

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function fingerprint(url: string): Promise<string> {
  return withClient(url, async (client) => {
    const snapshot = await snapshotSchema(client);
    const { rows } = await client.query(`select to_regclass('public._prisma_migrations') as t, (select version_num from alembic_version) as v`);
    return JSON.stringify({ tables: [...snapshot.tables.values()].map((t) => ({ ...t, columns: [...t.columns.values()] })), enums: [...snapshot.enums], rows });
  });
}

const cli = (command: string, url: string) => runScript(path.join("scripts", "db.ts"), [command], { DATABASE_URL: url });

describe("a database from Alembic revision 001", () => {
  let db: TestDatabase;
  let report: DriftReport;
  let untouched: string;

  beforeAll(async () => {
    db = await createTestDatabase({ serverUrl });
    const fixture = await readFile(path.join("lib", "testing", "fixtures", "alembic-revision-001.sql"), "utf8");
    await withClient(db.url, (client) => client.query(fixture));
    untouched = await fingerprint(db.url);
    report = await checkDrift({ databaseUrl: db.url, paths, unmanagedTables });
  });
  afterAll(async () => {
    await db?.drop();
  });

  const sentences = () => report.againstSchema.findings.map((f) => f.sentence);

  it("is reported as not managed by Prisma yet, naming its table count and Alembic revision", async () => {
    const status = await getMigrationStatus({ databaseUrl: db.url, paths });
    expect(status.summary.code).toBe("not_managed");
    expect(status.summary.sentence).toBe("This database is not managed by Prisma yet: it has 8 tables and Alembic revision 001. Check drift, then baseline it.");
    expect(status.clean).toBe(false);
  });

  it("names the four missing tables and lists alembic_version as unmanaged, not drift", () => {
    for (const table of ["projects", "plans", "subscriptions", "usage_records"]) {
      expect(sentences()).toContain(`Table \`${table}\` is missing from the database.`);
    }
    expect(report.unmanagedTables).toEqual(["alembic_version"]);
    expect(report.againstSchema.findings.some((f) => f.table === "alembic_version")).toBe(false);
    expect(report.againstHistory).toBeNull();
  });

  it("names each drifted column the audit found", () => {
    expect(sentences()).toEqual(expect.arrayContaining([
      expect.stringMatching(/^`executions.type` exists in the database but the schema calls it `execution_type`/),
      expect.stringMatching(/^`executions.result` exists in the database but the schema calls it `output_data`/),
      "Column `workflows.description` (text) exists in the database but not in the schema.",
      "Column `agents.config` (json) exists in the database but not in the schema.",
      expect.stringMatching(/^`audit_logs.metadata` exists in the database but the schema calls it `details`/),
      "`audit_logs.id` is uuid in the database but bigint in the schema.",
      "Column `audit_logs.ip_address` (inet) is missing from the database.",
      "`agents.user_id` exists in the database but the schema calls it `created_by`.",
      "`workflows.user_id` exists in the database but the schema calls it `created_by`.",
      "`executions.user_id` exists in the database but the schema calls it `created_by`.",
      "`api_keys.user_id` exists in the database but the schema calls it `created_by`.",
      "`blueprints.user_id` exists in the database but the schema calls it `created_by`.",
    ]));
    for (const column of ["config", "pricing_model", "price", "publisher_id", "is_public", "downloads", "rating", "reviews_count"]) {
      expect(sentences().some((s) => s.startsWith(`Column \`blueprints.${column}\``) && s.endsWith("is missing from the database."))).toBe(true);
    }
  });

  it("pairs each rename with the statement that keeps its data", () => {
    const renames = Object.fromEntries(report.againstSchema.findings.filter((f) => f.kind === "column_renamed").map((f) => [f.object, f.renameSql]));
    expect(renames).toMatchObject({
      "executions.type": 'ALTER TABLE "executions" RENAME COLUMN "type" TO "execution_type";',
      "executions.result": 'ALTER TABLE "executions" RENAME COLUMN "result" TO "output_data";',
      "audit_logs.metadata": 'ALTER TABLE "audit_logs" RENAME COLUMN "metadata" TO "details";',
      "agents.user_id": 'ALTER TABLE "agents" RENAME COLUMN "user_id" TO "created_by";',
    });
  });

  it("offers the SQL that would bring it to the schema, without dropping the unmanaged table", () => {
    expect(report.againstSchema.fixSql).toMatch(/CREATE TABLE "plans"/);
    expect(report.againstSchema.fixSql).toMatch(/ALTER TABLE "executions"/);
    expect(report.againstSchema.fixSql).not.toMatch(/alembic_version/);
  });

  it("cannot be baselined, and says why", async () => {
    const plan = await planBaseline({ databaseUrl: db.url, paths, unmanagedTables });
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.reason).toMatch(/No run of migrations produces this database's schema/);
  });

  it("makes db:status and db:drift exit non-zero, explain table by table, and change nothing", async () => {
    const status = await cli("status", db.url);
    expect(status.code).toBe(2);
    expect(status.stdout).toMatch(/not managed by Prisma yet: it has 8 tables and Alembic revision 001/);

    const drift = await cli("drift", db.url);
    expect(drift.code).toBe(2);
    expect(drift.stdout).toMatch(/^ {2}executions$/m);
    expect(drift.stdout).toMatch(/`executions.type` exists in the database but the schema calls it `execution_type`/);
    expect(drift.stdout).toMatch(/Unmanaged on purpose, not drift: alembic_version/);

    const migrate = await cli("migrate", db.url);
    expect(migrate.code).toBe(1);
    expect(migrate.stderr).toMatch(/db:baseline/);

    expect(await fingerprint(db.url)).toBe(untouched);
  });
});

describe("the same database with the rows the backend wrote", () => {
  let db: TestDatabase;
  let report: DriftReport;

  beforeAll(async () => {
    db = await createTestDatabase({ serverUrl });
    await buildMigrationState(db.url, "alembic_with_rows", paths);
    report = await checkDrift({ databaseUrl: db.url, paths, unmanagedTables });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("flags each fix statement by what it would do to those rows, with the live counts", () => {
    const executions = report.againstSchema.fixStatements.find((s) => s.table === "executions" && s.step === "AlterTable");
    expect(executions).toMatchObject({ risk: "destructive", rows: 2 });
    expect(executions?.reason).toMatch(/^Drops executions\.result, executions\.type, .*which hold data\./);
    expect(executions?.reason).toMatch(/Adds a NOT NULL column without a default to executions, which has 2 rows: it fails until they get a value\./);
    const auditLogs = report.againstSchema.fixStatements.find((s) => s.table === "audit_logs" && s.step === "AlterTable");
    expect(auditLogs?.reason).toMatch(/Drops audit_logs\.metadata/);
    // New tables hold nothing yet: creating them loses nothing.
    expect(report.againstSchema.fixStatements.find((s) => s.step === "CreateTable" && s.table === "projects")).toMatchObject({ risk: "safe", rows: null });
  });
});
