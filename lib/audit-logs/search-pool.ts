import "server-only";
import pg from "pg";
import { env } from "../env";
import { auditSearchSessionConfig } from "./search-session";

// Audit searches and exports get their own small pool of read-only connections with the 5 s
// search timeout set at connect: a burst of broad searches can take at most these connections,
// never the ones the rest of the console needs.

export const AUDIT_SEARCH_POOL_SIZE = 6;

const globalForPool = globalThis as unknown as { afcAuditSearchPool?: pg.Pool };

export function getAuditSearchPool(): pg.Pool {
  if (!globalForPool.afcAuditSearchPool) {
    const pool = new pg.Pool({
      connectionString: env().databaseUrl,
      max: AUDIT_SEARCH_POOL_SIZE,
      connectionTimeoutMillis: 2_000,
      idleTimeoutMillis: 30_000,
      lock_timeout: 5_000,
      idle_in_transaction_session_timeout: 30_000,
      ...auditSearchSessionConfig(),
    });
    // A connection killed while idle emits 'error' on the pool; without a listener Node exits.
    pool.on("error", (error) => console.warn(`[audit-search] an idle connection was closed: ${error.message}`));
    globalForPool.afcAuditSearchPool = pool;
  }
  return globalForPool.afcAuditSearchPool;
}

export async function withAuditSearchClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await getAuditSearchPool().connect();
  let broken = false;
  try {
    return await work(client);
  } catch (error) {
    broken = true;
    throw error;
  } finally {
    // A connection that failed mid-query may be in an unknown state: do not hand it out again.
    client.release(broken);
  }
}
