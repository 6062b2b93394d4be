import { findLockHolder, type LockHolder } from "../lock";
import { readLocalMigrations } from "../migration-files";
import { readFingerprint } from "../page-data";
import { withMigrationClient } from "../service";
import { readStatus, type MigrationStatus } from "../status";
import type { DriftCheckTarget } from "./drift-job";

/** The little a mutation needs to decide: the status, who holds the lock, and the fingerprint. */
export async function readMigrationContext(target: DriftCheckTarget): Promise<{ status: MigrationStatus; lockHolder: LockHolder | null; fingerprint: string }> {
  const local = await readLocalMigrations(target.paths.migrationsDir);
  return withMigrationClient(target.databaseUrl, async (client) => ({
    status: await readStatus(client, local),
    lockHolder: await findLockHolder(client),
    fingerprint: await readFingerprint(client, local, target),
  }));
}
