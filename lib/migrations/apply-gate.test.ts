import { describe, expect, it } from "vitest";
import { decideApply, type ApplyGateInput } from "./apply-gate";
import { buildStatus } from "./status";
import type { HistoryRow } from "./history";
import type { LocalMigration } from "./migration-files";

const local = (name: string): LocalMigration => ({ name, sql: "select 1;", checksum: `sum-${name}`, normalizedChecksum: `sum-${name}` });
const row = (name: string, finished: boolean, rolledBack = false): HistoryRow => ({
  id: name,
  checksum: `sum-${name}`,
  migrationName: name,
  startedAt: new Date("2026-11-30T10:00:00Z"),
  finishedAt: finished ? new Date("2026-11-30T10:00:01Z") : null,
  rolledBackAt: rolledBack ? new Date("2026-11-30T10:05:00Z") : null,
  logs: finished ? null : "Database error: boom",
  appliedStepsCount: finished ? 1 : 0,
});

const migrations = ["20260101000000_a", "20260102000000_b", "20260103000000_c"].map(local);
const inventory = { tables: ["tenants"], alembicRevision: null };
const pending = buildStatus(migrations, [row("20260101000000_a", true)], true, inventory);
const failed = buildStatus(migrations, [row("20260101000000_a", true), row("20260102000000_b", false)], true, inventory);

function input(overrides: Partial<Omit<ApplyGateInput, "request">> & { request?: Partial<ApplyGateInput["request"]> } = {}): ApplyGateInput {
  return {
    nodeEnv: "development",
    allowInProduction: false,
    databaseName: "agent_factory",
    status: pending,
    historyDrift: 0,
    ...overrides,
    request: { expectedMigrations: ["20260102000000_b", "20260103000000_c"], acknowledgeFailed: false, acknowledgeDrift: false, ...overrides.request },
  };
}

describe("decideApply", () => {
  it("applies the pending migrations in development without more ado", () => {
    expect(decideApply(input())).toEqual({ ok: true, resolveFirst: null, migrations: ["20260102000000_b", "20260103000000_c"] });
  });

  it("is off in production unless the environment allows it, and then wants the database name typed", () => {
    expect(decideApply(input({ nodeEnv: "production" }))).toMatchObject({ ok: false, code: "turned_off", sentence: expect.stringMatching(/MIGRATIONS_ALLOW_APPLY_IN_PRODUCTION=true/) });
    expect(decideApply(input({ nodeEnv: "production", allowInProduction: true, request: { confirmDatabaseName: "agent_factor" } }))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { confirmDatabaseName: ["Type agent_factory, the name of this database, to confirm."] },
    });
    expect(decideApply(input({ nodeEnv: "production", allowInProduction: true, request: { confirmDatabaseName: " agent_factory " } }))).toMatchObject({ ok: true });
  });

  it("refuses while a migration is failed, unless the admin has it marked rolled back and run again", () => {
    expect(decideApply(input({ status: failed, request: { expectedMigrations: ["20260103000000_c"] } }))).toMatchObject({ ok: false, code: "failed" });
    expect(
      decideApply(input({ status: failed, request: { acknowledgeFailed: true, expectedMigrations: ["20260102000000_b", "20260103000000_c"] } })),
    ).toEqual({ ok: true, resolveFirst: "20260102000000_b", migrations: ["20260102000000_b", "20260103000000_c"] });
  });

  it("refuses while the database has drifted from its history, unless acknowledged", () => {
    expect(decideApply(input({ historyDrift: 2 }))).toMatchObject({ ok: false, code: "drift", sentence: expect.stringMatching(/drifted from its applied migrations \(2 differences\)/) });
    expect(decideApply(input({ historyDrift: 2, request: { acknowledgeDrift: true } }))).toMatchObject({ ok: true });
  });

  it("refuses a database Prisma does not manage yet, and a list that changed since the page loaded", () => {
    const notManaged = buildStatus(migrations, [], false, { tables: ["tenants", "alembic_version"], alembicRevision: "001" });
    expect(decideApply(input({ status: notManaged }))).toMatchObject({ ok: false, code: "not_managed" });
    expect(decideApply(input({ request: { expectedMigrations: ["20260102000000_b"] } }))).toMatchObject({ ok: false, code: "changed", status: 409 });
    const upToDate = buildStatus(migrations, migrations.map((m) => row(m.name, true)), true, inventory);
    expect(decideApply(input({ status: upToDate }))).toMatchObject({ ok: false, code: "nothing" });
  });
});
