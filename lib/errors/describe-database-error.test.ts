import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "../db";
import { ConfigError } from "../env";
import { withDatabaseName } from "../migrations/scratch-database";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { describeDatabaseError } from "./describe-database-error";

const serverUrl = inject("testServerUrl");

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the work to fail");
}

async function prismaFailure(databaseUrl: string, work: (prisma: ReturnType<typeof createPrismaClient>) => Promise<unknown>) {
  const prisma = createPrismaClient({ databaseUrl });
  try {
    return await failureOf(() => work(prisma));
  } finally {
    await prisma.$disconnect();
  }
}

describe("describeDatabaseError", () => {
  let empty: TestDatabase;
  beforeAll(async () => {
    empty = await createTestDatabase({ serverUrl });
  });
  afterAll(async () => {
    await empty.drop();
  });

  it("says the database is not reachable when nothing listens (Prisma and pg)", async () => {
    const url = `postgresql://postgres@127.0.0.1:${await closedPort()}/postgres`;
    const fromPrisma = await prismaFailure(url, (prisma) => prisma.tenant.count());
    const client = new pg.Client({ connectionString: url });
    const fromPg = await failureOf(() => client.connect());
    for (const error of [fromPrisma, fromPg]) {
      const problem = describeDatabaseError(error);
      expect(problem.code).toBe("unreachable");
      expect(problem.sentence).toMatch(/^The database is not reachable/);
    }
  });

  it("says the database is not reachable when a server accepts but never answers", async () => {
    const frozen = net.createServer(() => undefined);
    await new Promise<void>((resolve) => frozen.listen(0, "127.0.0.1", resolve));
    const { port } = frozen.address() as net.AddressInfo;
    try {
      const error = await prismaFailure(`postgresql://postgres@127.0.0.1:${port}/postgres`, (prisma) => prisma.$queryRaw`select 1`);
      expect(describeDatabaseError(error)).toMatchObject({ code: "timeout", sentence: expect.stringMatching(/^The database is not reachable/) });
    } finally {
      frozen.close();
    }
  });

  // PGlite serves its one database whatever name a client asks for, so this needs a real server.
  it.skipIf(inject("testServerKind") === "embedded")("names a missing database", async () => {
    const error = await prismaFailure(withDatabaseName(serverUrl, "afc_no_such_database"), (prisma) => prisma.tenant.count());
    expect(describeDatabaseError(error).code).toBe("missing_database");
  });

  it("tells people to migrate when the tables are missing", async () => {
    const error = await prismaFailure(empty.url, (prisma) => prisma.tenant.count());
    const problem = describeDatabaseError(error);
    expect(problem.code).toBe("missing_tables");
    expect(problem.sentence).toContain("npm run db:migrate");
  });

  it("maps a wrong password by its SQLSTATE, as pg and Prisma's adapter report it", () => {
    const fromPg = Object.assign(new Error('password authentication failed for user "x"'), { code: "28P01", severity: "FATAL" });
    const fromPrisma = { code: "P1000", meta: { driverAdapterError: { cause: { kind: "AuthenticationFailed", originalCode: "28P01" } } } };
    expect(describeDatabaseError(fromPg).code).toBe("authentication_failed");
    expect(describeDatabaseError(fromPrisma).code).toBe("authentication_failed");
  });

  it("passes configuration sentences through and never repeats an unknown error's message", () => {
    expect(describeDatabaseError(new ConfigError("DATABASE_URL is not a valid URL."))).toEqual({
      code: "configuration",
      sentence: "DATABASE_URL is not a valid URL.",
    });
    const unknown = describeDatabaseError(new Error("secret detail at host db.internal"));
    expect(unknown.code).toBe("unknown");
    expect(unknown.sentence).not.toContain("db.internal");
  });
});
