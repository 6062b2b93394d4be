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

const INSUFFICIENT_PRIVILEGE = "42501";
const OBJECT_IN_USE = "55006";

export async function createScratchDatabase(serverUrl: string, prefix = "afc_scratch"): Promise<ScratchDatabase> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    if (!(await isPgliteServer(admin))) {
      const name = `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
      for (let attempt = 1; ; attempt += 1) {
        try {
          // template0 takes no connections, so nobody else's session can block the copy, and it
          // holds nothing anyone installed into template1 that would look like drift.
          await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0`);
          return {
            url: withDatabaseName(serverUrl, name),
            kind: "server",
            drop: () => dropDatabase(serverUrl, name),
          };
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (code === OBJECT_IN_USE && attempt < 5) {
            // Back off and try again: the server is copying another database at this moment.
            await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
            continue;
          }
          // Only a missing CREATEDB privilege sends us to an embedded scratch database; any
          // other failure is a real problem and is reported as one.
          if (code !== INSUFFICIENT_PRIVILEGE) throw error;
          break;
        }
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
