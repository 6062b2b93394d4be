import type pg from "pg";
import { PRISMA_ADVISORY_LOCK_KEY } from "./history";

export type LockHolder = { pid: number; applicationName: string | null; user: string | null; since: string | null; client: string | null };

/** Who holds Prisma's migration lock right now, read from pg_locks. */
export async function findLockHolder(client: pg.ClientBase): Promise<LockHolder | null> {
  const { rows } = await client.query(
    `select a.pid, a.application_name, a.usename, a.backend_start, a.client_addr::text as client
       from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where l.locktype = 'advisory' and l.granted and l.classid = 0 and l.objid = $1 and l.objsubid = 1
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
  options.onWait?.(await findLockHolder(client).catch(() => null));
  await client.query(`set lock_timeout = ${Math.max(1, Math.floor(options.waitMs))}`);
  try {
    await client.query(`select pg_advisory_lock($1)`, [PRISMA_ADVISORY_LOCK_KEY]);
  } catch (error) {
    if ((error as { code?: string }).code === "55P03") {
      throw new Error(`Another migration run still holds the lock after ${Math.round(options.waitMs / 1000)} s. Try again when it has finished.`);
    }
    throw error;
  } finally {
    await client.query(`reset lock_timeout`).catch(() => undefined);
  }
}

export async function releaseMigrationLock(client: pg.ClientBase): Promise<void> {
  await client.query(`select pg_advisory_unlock($1)`, [PRISMA_ADVISORY_LOCK_KEY]);
}
