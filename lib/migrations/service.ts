import pg from "pg";
import { applyPendingMigrations, type ApplyEvent, type ApplyResult } from "./apply";
import type { MigrationAuditHook } from "./audit-hook";
import { readLocalMigrations } from "./migration-files";
import { defaultProjectPaths, type ProjectPaths } from "./project-files";
import { resolveFailedMigration, type Resolution } from "./resolve";
import { readStatus, type MigrationStatus } from "./status";

// The one migration service behind both the CLI (scripts/db.ts) and the console's pages.

export type ServiceOptions = { databaseUrl: string; paths?: ProjectPaths };

export async function withMigrationClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: 5_000,
    application_name: "agent-factory-console:migrations",
  });
  client.on("error", () => {
    // A dropped connection fails the next query with its own error; no crash from the event.
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function getMigrationStatus(options: ServiceOptions): Promise<MigrationStatus> {
  const paths = options.paths ?? defaultProjectPaths();
  const local = await readLocalMigrations(paths.migrationsDir);
  return withMigrationClient(options.databaseUrl, (client) => readStatus(client, local));
}

export async function applyMigrations(
  options: ServiceOptions & { onEvent?: (event: ApplyEvent) => void; lockWaitMs?: number; audit?: MigrationAuditHook },
): Promise<ApplyResult> {
  const paths = options.paths ?? defaultProjectPaths();
  const local = await readLocalMigrations(paths.migrationsDir);
  return withMigrationClient(options.databaseUrl, (client) =>
    applyPendingMigrations(client, local, { onEvent: options.onEvent, lockWaitMs: options.lockWaitMs, audit: options.audit }),
  );
}

export async function resolveMigration(
  options: ServiceOptions & { name: string; resolution: Resolution; audit?: MigrationAuditHook },
): Promise<MigrationStatus> {
  const paths = options.paths ?? defaultProjectPaths();
  const local = await readLocalMigrations(paths.migrationsDir);
  return withMigrationClient(options.databaseUrl, async (client) => {
    await resolveFailedMigration(client, local, options.name, options.resolution, { audit: options.audit });
    return readStatus(client, local);
  });
}
