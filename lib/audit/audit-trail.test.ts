import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { runScript } from "../testing/run-command";
import { queryRows, queryValue, runSql } from "../testing/sql";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { MissingAuditError, runAudited } from "./run-audited";
import { verifyAuditChain } from "./verify-audit-chain";

const serverUrl = inject("testServerUrl");
const embedded = inject("testServerKind") === "embedded";
const staff = { type: "staff" as const, id: "5f0c6a52-4a57-4d4b-9d7a-0d6f4b0c1a11", email: "ada@agent-factory.local" };
const request = { ipAddress: "203.0.113.9", userAgent: "vitest" };

async function verify(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await verifyAuditChain(client);
  } finally {
    await client.end();
  }
}

describe("the audit trail", () => {
  let db: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    db = await createTestDatabase({ serverUrl, migrate: true });
    prisma = createPrismaClient({ databaseUrl: db.url, poolMax: 4 });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  });

  it("writes the change and its audit row in one transaction, and neither when the work fails", async () => {
    const plan = await runAudited(prisma, { actor: staff, request }, async (tx, record) => {
      const created = await tx.plan.create({ data: { name: "Team", slug: "team", priceMonthly: "49.00", priceYearly: "490.00" } });
      record({ action: "plan.create", resourceType: "plan", resourceId: created.id, details: { after: { slug: "team" } } });
      return created;
    });
    const [row] = await queryRows(db.url, `select actor_type::text, actor_id, actor_email, action, resource_id, details, host(ip_address) as ip, user_agent from audit_logs where action = 'plan.create'`);
    expect(row).toEqual({
      actor_type: "staff", actor_id: staff.id, actor_email: staff.email, action: "plan.create",
      resource_id: plan.id, details: { after: { slug: "team" } }, ip: "203.0.113.9", user_agent: "vitest",
    });

    await expect(runAudited(prisma, { actor: staff, request }, async (tx, record) => {
      await tx.plan.create({ data: { name: "Doomed", slug: "doomed", priceMonthly: "1.00", priceYearly: "10.00" } });
      record({ action: "plan.create", resourceType: "plan", resourceId: "doomed" });
      throw new Error("the work failed after the change");
    })).rejects.toThrow("the work failed after the change");
    expect(await queryValue<number>(db.url, `select count(*)::int as value from plans where slug = 'doomed'`)).toBe(0);
    expect(await queryValue<number>(db.url, `select count(*)::int as value from audit_logs where resource_id = 'doomed'`)).toBe(0);
  });

  it("rolls back a change that records no audit event", async () => {
    await expect(runAudited(prisma, { actor: staff, request }, async (tx) => {
      await tx.plan.create({ data: { name: "Silent", slug: "silent", priceMonthly: "1.00", priceYearly: "10.00" } });
    })).rejects.toBeInstanceOf(MissingAuditError);
    expect(await queryValue<number>(db.url, `select count(*)::int as value from plans where slug = 'silent'`)).toBe(0);
  });

  it("refuses UPDATE and DELETE on audit_logs, even from the table's owner", async () => {
    await expect(runSql(db.url, `update audit_logs set action = 'plan.delete'`)).rejects.toThrow(/audit_logs is append-only: UPDATE is not allowed/);
    await expect(runSql(db.url, `delete from audit_logs`)).rejects.toThrow(/audit_logs is append-only: DELETE is not allowed/);
    expect(await queryValue<number>(db.url, `select count(*)::int as value from audit_logs where action = 'plan.create'`)).toBe(1);
  });

  it("chains 1,000 concurrent inserts into one unbroken chain, in id order", async () => {
    const writers = new pg.Pool({ connectionString: db.url, max: 8 });
    try {
      await Promise.all(Array.from({ length: 1000 }, (_, i) =>
        writers.query(`insert into audit_logs (action, details) values ('load.test', $1)`, [{ i }])));
    } finally {
      await writers.end();
    }
    const result = await verify(db.url);
    expect(result.firstBroken).toBeNull();
    expect(result.checkedRows).toBe(1001);
    const [links] = await queryRows<{ starts: number; unlinked: number; distinct_hashes: number }>(db.url, `
      select count(*) filter (where prev_hash = repeat('0', 64))::int as starts,
             count(*) filter (where prev_hash is distinct from prior)::int as unlinked,
             count(distinct row_hash)::int as distinct_hashes
        from (select prev_hash, row_hash, lag(row_hash) over (order by id) as prior from audit_logs) chain`);
    expect(links).toEqual({ starts: 1, unlinked: 1, distinct_hashes: 1001 });
  });

  // Superusers can switch triggers off; the chain still tells. (PGlite has no separate roles.)
  const asSuperuser = (sql: string) => runSql(db.url, `set session_replication_role = replica; ${sql}; set session_replication_role = origin;`);

  it.skipIf(embedded)("names the row after one that a superuser deleted", async () => {
    const deleted = await queryValue<string>(db.url, `select id::text as value from audit_logs where action = 'load.test' order by id limit 1 offset 800`);
    const next = await queryValue<string>(db.url, `select min(id)::text as value from audit_logs where id > ${deleted}`);
    await asSuperuser(`delete from audit_logs where id = ${deleted}`);
    expect((await verify(db.url)).firstBroken).toMatchObject({ id: next, reason: "link_broken" });
  });

  it.skipIf(embedded)("names the first row that a superuser altered, from the CLI too", async () => {
    const altered = await queryValue<string>(db.url, `select id::text as value from audit_logs where action = 'load.test' order by id limit 1 offset 500`);
    await asSuperuser(`update audit_logs set details = '{"i": -1}' where id = ${altered}`);
    expect((await verify(db.url)).firstBroken).toMatchObject({ id: altered, reason: "content_changed", action: "load.test" });

    const cli = await runScript("scripts/audit-verify.ts", [], { DATABASE_URL: db.url });
    expect(cli.code).toBe(2);
    expect(cli.stdout).toContain(`The audit chain is broken at row ${altered}`);
    expect(cli.stdout).toContain("its content was changed after it was written");
  });
});
