import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

// The only place that creates a Prisma client. A pg pool has no timeouts by default, so a frozen
// database would hang requests forever: every pool here fails fast instead.

export type DatabaseClientOptions = {
  databaseUrl: string;
  poolMax?: number;
  statementTimeoutMs?: number;
  applicationName?: string;
};

export function createPool(options: DatabaseClientOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: 2_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs ?? 15_000,
    lock_timeout: 5_000,
    idle_in_transaction_session_timeout: 30_000,
    application_name: options.applicationName ?? "agent-factory-console",
  });
  // A connection killed while idle emits 'error' on the pool; without a listener Node exits.
  pool.on("error", (error) => {
    console.warn(`[db] an idle database connection was closed: ${error.message}`);
  });
  return pool;
}

export function createPrismaClient(options: DatabaseClientOptions): PrismaClient {
  // The pool is ours, so $disconnect must end it: otherwise its idle connections outlive the client.
  return new PrismaClient({ adapter: new PrismaPg(createPool(options), { disposeExternalPool: true }) });
}

const globalForPrisma = globalThis as unknown as { afcPrisma?: PrismaClient };

/** The application's shared client, kept across hot reloads in development. */
export function getPrisma(): PrismaClient {
  if (!globalForPrisma.afcPrisma) {
    const settings = env();
    globalForPrisma.afcPrisma = createPrismaClient({
      databaseUrl: settings.databaseUrl,
      poolMax: settings.poolMax,
      statementTimeoutMs: settings.statementTimeoutMs,
    });
  }
  return globalForPrisma.afcPrisma;
}
