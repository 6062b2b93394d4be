import pg from "pg";
import { afterEach, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { buildMigrationState } from "../../testing/fixtures/migration-states";
import { queryRows, runSql } from "../../testing/sql";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database";
import { readLocalMigrations } from "../migration-files";
import { defaultProjectPaths } from "../project-files";
import { getMigrationStatus } from "../service";
import { readMigrationContext } from "./apply-context";
import { latestApplyJob } from "./apply-job";
import { baselineFromConsole } from "./baseline-database";
import { ensureDriftCheck } from "./drift-job";
import { resolveFromConsole } from "./resolve-migration";
import type { MigrationSettings } from "./settings";
import { startApplyFromConsole } from "./start-apply";

vi.mock("server-only", () => ({}));

// What the page's actions do against a real database: every refusal the issue lists, with its
// sentence and nothing written; and, when allowed, the work with its audit rows.

const serverUrl = inject("testServerUrl");
const paths = defaultProjectPaths();
const admin = { id: "6f1d2c3b-0000-4000-8000-000000000001", email: "ada@agent-factory.local", name: "Ada Admin", role: "admin" as const };
const support = { ...admin, id: "6f1d2c3b-0000-4000-8000-000000000002", email: "sam@agent-factory.local", name: "Sam Support", role: "support" as const };
const request = { ipAddress: "198.51.100.7", userAgent: "vitest" };

describe("the migrations page's actions", () => {
  let db: TestDatabase;
  let settings: MigrationSettings;
  let names: string[];

  beforeEach(async () => {
    db = await createTestDatabase({ serverUrl });
    settings = { databaseUrl: db.url, paths, unmanagedTables: ["alembic_version"], nodeEnv: "production", allowApplyInProduction: true };
    names = (await readLocalMigrations(paths.migrationsDir)).map((m) => m.name);
  });
  afterEach(async () => {
    await db.drop();
  });

  const databaseName = () => new URL(db.url).pathname.slice(1);
  const applyInput = (overrides: Record<string, unknown> = {}) => ({
    expectedMigrations: [names.at(-1)],
    acknowledgeFailed: false,
    acknowledgeDrift: false,
    confirmDatabaseName: databaseName(),
    ...overrides,
  });
  const migrationAudit = () => queryRows<{ action: string; actor_email: string; resource_id: string }>(db.url, `select action, actor_email, resource_id from audit_logs where action like 'migration.%' order by id`);

  it("applies the pending migration in production when allowed and confirmed, each step audited", async () => {
    await buildMigrationState(db.url, "pending", paths);
    const started = await startApplyFromConsole({ actor: admin, request, input: applyInput(), settings });
    expect(started).toMatchObject({ state: "running", startedBy: { email: admin.email }, steps: [{ name: names.at(-1), state: "waiting" }] });
    const job = latestApplyJob(db.url)!;
    await job.done;
    expect(job).toMatchObject({ state: "done", outcome: "Applied 1 migration.", steps: [{ name: names.at(-1), state: "applied", durationMs: expect.any(Number) }] });
    expect(await migrationAudit()).toEqual([{ action: "migration.apply", actor_email: admin.email, resource_id: names.at(-1) }]);
    expect((await getMigrationStatus({ databaseUrl: db.url, paths })).summary.code).toBe("up_to_date");
  });

  it("refuses, with a sentence and without writing anything: switched off, wrong name, support, lock held", async () => {
    await buildMigrationState(db.url, "pending", paths);
    await expect(startApplyFromConsole({ actor: admin, request, input: applyInput(), settings: { ...settings, allowApplyInProduction: false } })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/turned off in production/),
    });
    await expect(startApplyFromConsole({ actor: admin, request, input: applyInput({ confirmDatabaseName: "agent_factory" }), settings })).rejects.toMatchObject({
      code: "invalid_input",
      extra: { fieldErrors: { confirmDatabaseName: [`Type ${databaseName()}, the name of this database, to confirm.`] } },
    });
    await expect(startApplyFromConsole({ actor: support, request, input: applyInput(), settings })).rejects.toMatchObject({ code: "forbidden" });

    const holder = new pg.Client({ connectionString: db.url, application_name: "deploy-pipeline" });
    await holder.connect();
    try {
      await holder.query(`select pg_advisory_lock(72707369)`);
      const { rows } = await holder.query<{ pid: number }>(`select pg_backend_pid() as pid`);
      await expect(startApplyFromConsole({ actor: admin, request, input: applyInput(), settings })).rejects.toMatchObject({
        code: "conflict",
        message: expect.stringContaining(`the lock is held by process ${rows[0]!.pid} (deploy-pipeline, user postgres`),
      });
      const context = await readMigrationContext(settings);
      expect(context.lockHolder).toMatchObject({ pid: rows[0]!.pid, applicationName: "deploy-pipeline" });
    } finally {
      await holder.end();
    }
    expect(await migrationAudit()).toEqual([]);
    expect((await getMigrationStatus({ databaseUrl: db.url, paths })).counts.pending).toBe(1);
  });

  it("refuses while a migration is failed; acknowledged, marks it rolled back and runs it again, both audited", async () => {
    await buildMigrationState(db.url, "failed", paths);
    await expect(startApplyFromConsole({ actor: admin, request, input: applyInput(), settings })).rejects.toMatchObject({
      code: "conflict",
      message: `Migration ${names.at(-1)} failed: deploys are blocked until it is resolved. Resolve it, or confirm that it should be marked rolled back and run again.`,
    });
    await startApplyFromConsole({ actor: admin, request, input: applyInput({ acknowledgeFailed: true }), settings });
    const job = latestApplyJob(db.url)!;
    await job.done;
    expect(job).toMatchObject({ state: "done", resolveFirst: names.at(-1) });
    expect((await migrationAudit()).map((r) => r.action)).toEqual(["migration.resolve", "migration.apply"]);
  });

  it("refuses while the database has drifted from its history, unless acknowledged", async () => {
    await buildMigrationState(db.url, "pending", paths);
    await runSql(db.url, `ALTER TABLE tenants ADD COLUMN region text`);
    await expect(startApplyFromConsole({ actor: admin, request, input: applyInput(), settings })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/^The database has drifted from its applied migrations \(1 difference\)\./),
    });
    expect(await migrationAudit()).toEqual([]);
    await startApplyFromConsole({ actor: admin, request, input: applyInput({ acknowledgeDrift: true }), settings });
    await latestApplyJob(db.url)!.done;
    expect(latestApplyJob(db.url)).toMatchObject({ state: "done" });
  });

  it("baselines a matching database in one audited step, and refuses the Alembic one with the reason", async () => {
    await buildMigrationState(db.url, "alembic", paths);
    await expect(baselineFromConsole({ actor: admin, request, input: { migrations: names, confirm: true }, settings })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/^No run of migrations produces this database's schema, so none can be marked applied\./),
    });

    await buildMigrationState(db.url, "baseline_ready", paths);
    await expect(baselineFromConsole({ actor: admin, request, input: { migrations: names.slice(0, 1), confirm: true }, settings })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/changed since this page loaded/),
    });
    expect(await baselineFromConsole({ actor: admin, request, input: { migrations: names, confirm: true }, settings })).toEqual({ migrations: names });
    expect(await migrationAudit()).toEqual([{ action: "migration.baseline", actor_email: admin.email, resource_id: names.at(-1) }]);
    expect((await getMigrationStatus({ databaseUrl: db.url, paths })).clean).toBe(true);
  });

  it("resolves a failed migration as applied, audited; support may not", async () => {
    await buildMigrationState(db.url, "failed", paths);
    await expect(resolveFromConsole({ actor: support, request, input: { name: names.at(-1), resolution: "applied" }, settings })).rejects.toMatchObject({ code: "forbidden" });
    const resolved = await resolveFromConsole({ actor: admin, request, input: { name: names.at(-1), resolution: "applied" }, settings });
    expect(resolved.status.summary.code).toBe("up_to_date");
    expect(await migrationAudit()).toEqual([{ action: "migration.resolve", actor_email: admin.email, resource_id: names.at(-1) }]);
    await expect(resolveFromConsole({ actor: admin, request, input: { name: names.at(-1), resolution: "applied" }, settings })).rejects.toMatchObject({
      code: "conflict",
      message: `Migration ${names.at(-1)} is not failed, so there is nothing to resolve.`,
    });
  });

  it("keeps the drift check while the database is unchanged, shows its steps, and re-runs on request", async () => {
    await buildMigrationState(db.url, "up_to_date", paths);
    const context = await readMigrationContext(settings);
    const first = ensureDriftCheck({ ...settings, fingerprint: context.fingerprint, needsBaseline: false });
    const steps: number[] = [];
    const watch = setInterval(() => steps.push(first.progress.step), 5);
    await first.done;
    clearInterval(watch);
    expect(first).toMatchObject({ state: "done", progress: { step: 5, total: 5 }, report: expect.objectContaining({ hasDrift: false }) });
    expect(ensureDriftCheck({ ...settings, fingerprint: context.fingerprint, needsBaseline: false }).id).toBe(first.id);
    expect(ensureDriftCheck({ ...settings, fingerprint: "changed", needsBaseline: false }).id).not.toBe(first.id);
    const rerun = ensureDriftCheck({ ...settings, fingerprint: context.fingerprint, needsBaseline: false, force: true });
    await rerun.done;
    expect(rerun.report?.durationMs).toBeLessThan(5_000);
  });
});
