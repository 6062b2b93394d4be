import { randomUUID } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "../embedded-db/pglite-server";

// A throwaway database to replay migrations into ("shadow database" in Prisma's words). On a
// PostgreSQL server that lets us, it is a new database beside the target; where CREATE DATABASE
// is refused (PGlite, or a managed role without CREATEDB), it is an in-memory PGlite.

export type ScratchDatabase = { url: string; kind: "server" | "embedded"; drop: () => Promise<void> };

export function withDatabaseName(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

export async function isPgliteServer(client: pg.ClientBase): Promise<boolean> {
  // PGlite reports itself in version(); an ordinary server does not.
  const { rows } = await client.query<{ v: string }>("select version() as v");
  return /emscripten|wasm/i.test(rows[0]?.v ?? "");
}

export async function createScratchDatabase(serverUrl: string, prefix = "afc_scratch"): Promise<ScratchDatabase> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    if (!(await isPgliteServer(admin))) {
      const name = `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
        return {
          url: withDatabaseName(serverUrl, name),
          kind: "server",
          drop: () => dropDatabase(serverUrl, name),
        };
      } catch {
        // No CREATEDB privilege: fall through to an embedded scratch database.
      }
    }
  } finally {
    await admin.end().catch(() => undefined);
  }
  const embedded = await startEmbeddedPostgres({});
  return { url: embedded.url, kind: "embedded", drop: embedded.stop };
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end().catch(() => undefined);
  }
}

export async function withScratchDatabase<T>(serverUrl: string, work: (url: string) => Promise<T>): Promise<T> {
  const scratch = await createScratchDatabase(serverUrl);
  try {
    return await work(scratch.url);
  } finally {
    await scratch.drop().catch(() => undefined);
  }
}
