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
    ]));
    for (const column of ["config", "pricing_model", "price", "publisher_id", "is_public", "downloads", "rating", "reviews_count"]) {
      expect(sentences().some((s) => s.startsWith(`Column \`blueprints.${column}\``) && s.endsWith("is missing from the database."))).toBe(true);
    }
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
