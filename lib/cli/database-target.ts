import { openDevDatabase } from "../embedded-db/dev-database";
import { readEnv, wantsEmbeddedDatabase } from "../env";
import { redactUrl } from "./terminal";

export type DatabaseTarget = { url: string; label: string; close: () => Promise<void> };

/**
 * The database a command works on: DATABASE_URL or POSTGRES_*, or else the embedded development
 * database (through the running `npm run dev`, or opened here from .data/).
 */
export async function resolveDatabaseTarget(): Promise<DatabaseTarget> {
  if (wantsEmbeddedDatabase()) {
    const dev = await openDevDatabase();
    const how = dev.source === "running" ? "served by npm run dev" : "opened from .data/pglite";
    return { url: dev.url, label: `embedded PostgreSQL (${how})`, close: dev.close };
  }
  const { databaseUrl } = readEnv();
  return { url: databaseUrl, label: redactUrl(databaseUrl), close: async () => undefined };
}
