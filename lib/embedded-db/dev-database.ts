import { existsSync } from "node:fs";
import { readFile, rm, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import net from "node:net";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./pglite-server";

// The development database kept in .data/: served by `npm run dev`, and opened directly by the
// db:* commands when dev is not running. A state file says which process serves it, because two
// processes opening one PGlite data directory would corrupt it.

export const DATA_DIR = path.join(process.cwd(), ".data");
const PGLITE_DIR = path.join(DATA_DIR, "pglite");
const STATE_FILE = path.join(DATA_DIR, "embedded-postgres.json");
export const DEFAULT_EMBEDDED_PORT = 54329;

type DevDatabaseState = { pid: number; url: string; port: number; startedAt: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(1_000);
    socket.once("connect", () => { socket.destroy(); resolve(true); });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => { socket.destroy(); resolve(false); });
  });
}

export async function findRunningDevDatabase(): Promise<DevDatabaseState | null> {
  if (!existsSync(STATE_FILE)) return null;
  try {
    const state = JSON.parse(await readFile(STATE_FILE, "utf8")) as DevDatabaseState;
    if (state.pid !== process.pid && isAlive(state.pid) && (await portAnswers(state.port))) return state;
  } catch {
    // A corrupt or stale state file means nobody serves the data: fall through.
  }
  return null;
}

export function devDatabaseExists(): boolean {
  return existsSync(path.join(PGLITE_DIR, "PG_VERSION"));
}

/** Starts the embedded server over .data/pglite and records who serves it. */
export async function serveDevDatabase(options: { port?: number } = {}): Promise<EmbeddedPostgres> {
  const running = await findRunningDevDatabase();
  if (running) {
    throw new Error(`The embedded database is already served by process ${running.pid} at port ${running.port}. Stop that \`npm run dev\` first.`);
  }
  await mkdir(DATA_DIR, { recursive: true });
  const preferred = options.port ?? DEFAULT_EMBEDDED_PORT;
  const port = (await portAnswers(preferred)) ? 0 : preferred;
  const server = await startEmbeddedPostgres({ dataDir: PGLITE_DIR, port });
  const state: DevDatabaseState = { pid: process.pid, url: server.url, port: server.port, startedAt: new Date().toISOString() };
  await writeFile(STATE_FILE, JSON.stringify(state, null, 2));
  return {
    ...server,
    stop: async () => {
      await rm(STATE_FILE, { force: true });
      await server.stop();
    },
  };
}

/** For the db:* commands: the running dev server's database, or the data directory opened here. */
export async function openDevDatabase(): Promise<{ url: string; close: () => Promise<void>; source: "running" | "opened" }> {
  const running = await findRunningDevDatabase();
  if (running) return { url: running.url, close: async () => undefined, source: "running" };
  const server = await serveDevDatabase({ port: 0 });
  return { url: server.url, close: server.stop, source: "opened" };
}
