import type pg from "pg";
import { PRISMA_ADVISORY_LOCK_KEY } from "./history";
import { describeLockHolder, type LockHolder } from "./lock-holder";

export { describeLockHolder, type LockHolder };

/** Who holds Prisma's migration lock right now, read from pg_locks. */
export async function findLockHolder(client: pg.ClientBase): Promise<LockHolder | null> {
  const { rows } = await client.query(
    `select a.pid, a.application_name, a.usename, a.backend_start, a.client_addr::text as client
       from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where l.locktype = 'advisory' and l.granted and l.classid = 0 and l.objid = $1 and l.objsubid = 1
        -- Advisory locks belong to one database: the same key on another database is someone else's.
        and l.database = (select oid from pg_database where datname = current_database())
      limit 1`,
    [PRISMA_ADVISORY_LOCK_KEY],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    pid: row.pid,
    applicationName: row.application_name || null,
    user: row.usename ?? null,
    since: row.backend_start ? new Date(row.backend_start).toISOString() : null,
    client: row.client ?? null,
  };
}

/** The lock stayed taken for as long as we were willing to wait. */
export class MigrationLockBusyError extends Error {
  override name = "MigrationLockBusyError";
  constructor(readonly holder: LockHolder | null, waitMs: number) {
    super(`Another migration run still holds the lock after ${Math.round(waitMs / 1000)} s: ${describeLockHolder(holder)}. Try again when it has finished.`);
  }
}

/**
 * Takes the same session-level advisory lock as Prisma Migrate, so the console and the Prisma CLI
 * never migrate one database at the same time. Waits up to `waitMs`, reporting the holder once.
 */
export async function acquireMigrationLock(
  client: pg.ClientBase,
  options: { waitMs: number; onWait?: (holder: LockHolder | null) => void },
): Promise<void> {
  const { rows } = await client.query<{ ok: boolean }>(`select pg_try_advisory_lock($1) as ok`, [PRISMA_ADVISORY_LOCK_KEY]);
  if (rows[0]?.ok) return;
  const holder = await findLockHolder(client).catch(() => null);
  options.onWait?.(holder);
  await client.query(`set lock_timeout = ${Math.max(1, Math.floor(options.waitMs))}`);
  try {
    await client.query(`select pg_advisory_lock($1)`, [PRISMA_ADVISORY_LOCK_KEY]);
  } catch (error) {
    if ((error as { code?: string }).code === "55P03") {
      throw new MigrationLockBusyError(await findLockHolder(client).catch(() => holder), options.waitMs);
    }
    throw error;
  } finally {
    await client.query(`reset lock_timeout`).catch(() => undefined);
  }
}

export async function releaseMigrationLock(client: pg.ClientBase): Promise<void> {
  await client.query(`select pg_advisory_unlock($1)`, [PRISMA_ADVISORY_LOCK_KEY]);
}
