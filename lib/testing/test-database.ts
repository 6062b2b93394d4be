import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../embedded-db/pglite-server";
import { applyMigrations } from "../migrations/service";
import { createScratchDatabase } from "../migrations/scratch-database";

// Test databases: one per test worker or per test, never shared between tests that write.
// TEST_DATABASE_URL names a server (default: the local PostgreSQL on 127.0.0.1:5432); when no
// server answers there, an embedded PostgreSQL is used instead.

const DEFAULT_TEST_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`Refusing to use the database on ${host}: only a database on this machine (127.0.0.1 or localhost) may be reset or used for tests.`);
  }
}

async function isReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_500 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export type TestServer = { url: string; kind: "server" | "embedded"; stop: () => Promise<void> };

/** TEST_DATABASE_URL=embedded forces the embedded database even where a server answers. */
export async function resolveTestServer(): Promise<TestServer> {
  if (process.env.TEST_DATABASE_URL?.trim() === "embedded") return startEmbeddedTestServer();
  const url = process.env.TEST_DATABASE_URL?.trim() || DEFAULT_TEST_SERVER;
  assertLocalDatabase(url);
  if (await isReachable(url)) return { url, kind: "server", stop: async () => undefined };
  if (process.env.TEST_DATABASE_URL?.trim()) {
    throw new Error(`TEST_DATABASE_URL (${new URL(url).host}) does not answer. Start it, or unset TEST_DATABASE_URL to use the embedded database.`);
  }
  return startEmbeddedTestServer();
}

async function startEmbeddedTestServer(): Promise<TestServer> {
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres({});
  return { url: embedded.url, kind: "embedded", stop: embedded.stop };
}

export type TestDatabase = { url: string; drop: () => Promise<void> };

/** A new, empty database (or embedded instance), optionally with every migration applied. */
export async function createTestDatabase(options: { serverUrl: string; migrate?: boolean }): Promise<TestDatabase> {
  assertLocalDatabase(options.serverUrl);
  const scratch = await createScratchDatabase(options.serverUrl, "afc_test");
  if (options.migrate) {
    const result = await applyMigrations({ databaseUrl: scratch.url });
    if (result.failed) throw new Error(`Migrations failed on the test database: ${result.failed.message}`);
  }
  return { url: scratch.url, drop: scratch.drop };
}

