import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildMigrationState, FOREIGN_MIGRATION, MIGRATION_STATES, type MigrationState } from "../testing/fixtures/migration-states";
import { runScript } from "../testing/run-command";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { statusBody } from "./console/status-endpoint";
import { checkDrift } from "./drift";
import { readLocalMigrations } from "./migration-files";
import { loadMigrationsPage } from "./page-data";
import { defaultProjectPaths } from "./project-files";

// Every state the page tells apart, each built as it really comes about: the banner says it in one
// sentence, every row has its state, and the page's data and `npm run db:status -- --json` agree
// to the byte (GET /api/migrations/status sends the same body).

const serverUrl = inject("testServerUrl");
const paths = defaultProjectPaths();
const unmanagedTables = ["alembic_version"];
const cli = (args: string[], url: string) => runScript(path.join("scripts", "db.ts"), args, { DATABASE_URL: url });

describe("the migrations page in every state", () => {
  let db: TestDatabase;
  let names: string[];
  let last: string;

  beforeAll(async () => {
    db = await createTestDatabase({ serverUrl });
    names = (await readLocalMigrations(paths.migrationsDir)).map((m) => m.name);
    last = names.at(-1)!;
  });
  afterAll(async () => {
    await db?.drop();
  });

  const expected: Record<MigrationState, () => { sentence: string; states: string[]; code: string }> = {
    empty: () => ({ code: "pending", sentence: `${names.length} migrations pending. The database is empty: run \`npm run db:migrate\`.`, states: names.map(() => "pending") }),
    up_to_date: () => ({ code: "up_to_date", sentence: `Up to date: ${names.length} migrations applied.`, states: names.map(() => "applied") }),
    pending: () => ({ code: "pending", sentence: "1 migration pending. Run `npm run db:migrate`.", states: [...names.slice(0, -1).map(() => "applied"), "pending"] }),
    failed: () => ({ code: "failed", sentence: `Migration ${last} failed: deploys are blocked until it is resolved.`, states: [...names.slice(0, -1).map(() => "applied"), "failed"] }),
    rolled_back: () => ({ code: "pending", sentence: "1 migration pending. Run `npm run db:migrate`.", states: [...names.slice(0, -1).map(() => "applied"), "rolled_back"] }),
    edited: () => ({
      code: "edited",
      sentence: `1 migration changed after being applied: ${last}. Restore the applied text and put the change in a new migration.`,
      states: [...names.slice(0, -1).map(() => "applied"), "edited"],
    }),
    missing_locally: () => ({
      code: "missing_locally",
      sentence: `The database has 1 migration that this checkout does not: ${FOREIGN_MIGRATION}. Pull the latest code before migrating.`,
      states: [...names.map(() => "applied"), "missing_locally"],
    }),
    drift: () => ({ code: "up_to_date", sentence: `Up to date: ${names.length} migrations applied.`, states: names.map(() => "applied") }),
    alembic: () => ({
      code: "not_managed",
      sentence: "This database is not managed by Prisma yet: it has 8 tables and Alembic revision 001. Check drift, then baseline it.",
      states: names.map(() => "pending"),
    }),
    alembic_with_rows: () => ({
      code: "not_managed",
      sentence: "This database is not managed by Prisma yet: it has 8 tables and Alembic revision 001. Check drift, then baseline it.",
      states: names.map(() => "pending"),
    }),
    baseline_ready: () => ({
      code: "not_managed",
      sentence: expect.stringMatching(/^This database is not managed by Prisma yet: it has \d+ tables and Alembic revision 001\. Check drift, then baseline it\.$/) as unknown as string,
      states: names.map(() => "pending"),
    }),
  };

  for (const state of MIGRATION_STATES) {
    it(`${state}: the banner names it, every row has its state, and the page, the API and db:status --json agree`, async () => {
      await buildMigrationState(db.url, state, paths);
      const page = await loadMigrationsPage({ databaseUrl: db.url, paths, unmanagedTables });
      const want = expected[state]();
      expect(page.status.summary.code).toBe(want.code);
      expect(page.status.summary.sentence).toEqual(want.sentence);
      expect(page.rows.map((row) => row.state)).toEqual(want.states);

      const status = await cli(["status", "--json"], db.url);
      expect(status.code).toBe(page.status.clean ? 0 : 2);
      expect(JSON.parse(status.stdout)).toEqual(JSON.parse(JSON.stringify(page.status)));
      expect(statusBody(page.status)).toBe(status.stdout);
    });
  }

  it("shows what the page adds: the failed migration's logs, the edit as a diff, the foreign migration's applied text", async () => {
    await buildMigrationState(db.url, "failed", paths);
    const failed = (await loadMigrationsPage({ databaseUrl: db.url, paths, unmanagedTables })).rows.at(-1)!;
    expect(failed.logs).toMatch(/^Database error: canceling statement due to lock timeout\nCode: 55P03/);

    await buildMigrationState(db.url, "edited", paths);
    const edited = (await loadMigrationsPage({ databaseUrl: db.url, paths, unmanagedTables })).rows.at(-1)!;
    expect(edited.appliedSql).toMatch(/-- Reviewed for the first deploy\./);
    expect(edited.diff?.flatMap((hunk) => hunk.lines).filter((line) => line.kind !== "same")).toEqual([
      expect.objectContaining({ kind: "removed", text: "-- Reviewed for the first deploy." }),
    ]);

    await buildMigrationState(db.url, "missing_locally", paths);
    const foreign = (await loadMigrationsPage({ databaseUrl: db.url, paths, unmanagedTables })).rows.find((row) => row.name === FOREIGN_MIGRATION)!;
    expect(foreign).toMatchObject({ local: false, sql: expect.stringMatching(/ADD COLUMN "region"/) });
  });

  it("drift: the page's report and db:drift --json agree, and the fingerprint moves when the schema does", async () => {
    await buildMigrationState(db.url, "drift", paths);
    const before = await loadMigrationsPage({ databaseUrl: db.url, paths, unmanagedTables });
    const report = await checkDrift({ databaseUrl: db.url, paths, unmanagedTables });
    const drift = await cli(["drift", "--json"], db.url);
    expect(drift.code).toBe(2);
    const strip = (value: unknown) => ({ ...(JSON.parse(JSON.stringify(value)) as object), checkedAt: null, durationMs: null });
    expect(strip(JSON.parse(drift.stdout))).toEqual(strip(report));
    expect(report.againstHistory?.findings.map((f) => f.sentence)).toEqual([
      "`projects.name` allows NULL in the database but the schema requires a value.",
      "`projects.description` defaults to 'none'::text in the database but to nothing in the schema.",
      "Column `tenants.region` (text) exists in the database but not in the schema.",
      "Index on (created_at) on `tenants` is missing from the database.",
    ]);
    expect(report.againstSchema.fixStatements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: "tenants", risk: "destructive", rows: 1, reason: "Drops tenants.region, which holds data." }),
        expect.objectContaining({ table: "projects", risk: "blocking", rows: 1, reason: expect.stringMatching(/^Makes a column of projects required: it scans 1 row under a lock/) }),
        expect.objectContaining({ table: "tenants", risk: "safe", sql: expect.stringMatching(/CREATE INDEX "tenants_created_at_idx"/) }),
      ]),
    );

    const again = await loadMigrationsPage({ databaseUrl: db.url, paths, unmanagedTables });
    expect(again.fingerprint).toBe(before.fingerprint);
    await buildMigrationState(db.url, "up_to_date", paths);
    expect((await loadMigrationsPage({ databaseUrl: db.url, paths, unmanagedTables })).fingerprint).not.toBe(before.fingerprint);
  });
});
