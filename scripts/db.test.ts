import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { runScript } from "../lib/testing/run-command";
import { createTestDatabase, type TestDatabase } from "../lib/testing/test-database";

const db = (args: string[], env: Record<string, string>) => runScript("scripts/db.ts", args, env);

describe("npm run db:*", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ serverUrl: inject("testServerUrl") });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("migrates an empty database, after which status and drift exit 0", async () => {
    const env = { DATABASE_URL: database.url };
    const pending = await db(["status"], env);
    expect(pending.code).toBe(2);
    expect(pending.stdout).toMatch(/\d+ migrations? pending\. The database is empty: run `npm run db:migrate`\./);

    const migrate = await db(["migrate"], env);
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toMatch(/20261129000000_init applied in \d+ ms/);

    const status = await db(["status"], env);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^ {2}20261129000000_init +applied /m);
    expect(status.stdout).toMatch(/Up to date: \d+ migrations? applied\./);

    const json = await db(["status", "--json"], env);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ clean: true, summary: { code: "up_to_date" }, counts: { pending: 0, failed: 0 } });

    const drift = await db(["drift", "--json"], env);
    expect(drift.code).toBe(0);
    expect(JSON.parse(drift.stdout)).toMatchObject({ hasDrift: false });
  });

  it("answers bad configuration with one sentence and exit 1", async () => {
    const sqlite = await db(["status"], { DATABASE_URL: "sqlite:///./agent_factory.db" });
    expect(sqlite.code).toBe(1);
    expect(sqlite.stderr.trim()).toMatch(/^✖ DATABASE_URL points at SQLite \(sqlite:\)\. The console needs PostgreSQL/);
    expect(sqlite.stderr).not.toMatch(/\n\s+at /);

    const unreachable = await db(["status"], { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/agent_factory" });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/The database is not reachable/);
    expect(unreachable.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses to reset a database on another host", async () => {
    const reset = await db(["reset", "--yes"], { DATABASE_URL: "postgresql://app@db.example.com:5432/agent_factory" });
    expect(reset.code).toBe(1);
    expect(reset.stderr).toMatch(/Refusing to use the database on db\.example\.com/);
  });
});
