import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// PGlite 0.4 (PostgreSQL 17.5 in WebAssembly) served on 127.0.0.1, so every part of the console
// talks to it over the ordinary PostgreSQL protocol with the same `pg` driver as production.
// Stay on 0.4: the schema engine panics on PGlite 0.5's (PostgreSQL 18) NOT NULL constraints.

export type EmbeddedPostgres = {
  url: string;
  port: number;
  stop: () => Promise<void>;
};

export async function startEmbeddedPostgres(options: {
  /** A directory to keep the data in; omit for a throwaway in-memory database. */
  dataDir?: string;
  port?: number;
  host?: string;
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ?? "memory://");
  const host = options.host ?? "127.0.0.1";
  // PGlite is a single session; the server multiplexes connections and keeps a transaction's
  // statements together, so several pool connections are safe as long as transactions are short.
  const server = new PGLiteSocketServer({ db, host, port: options.port ?? 0, maxConnections: 32 });
  await server.start();
  const port = readPort(server, options.port);
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // PGlite's Emscripten runtime resets process.exitCode when it shuts down, which would turn
      // a failing test run (or a failed command) into a success.
      const exitCode = process.exitCode;
      await db.close();
      process.exitCode = exitCode;
    },
  };
}

function readPort(server: PGLiteSocketServer, requested?: number): number {
  const port = Number(server.getServerConn().split(":").pop());
  if (Number.isInteger(port) && port > 0) return port;
  if (requested) return requested;
  throw new Error("The embedded PostgreSQL server did not report its port.");
}
