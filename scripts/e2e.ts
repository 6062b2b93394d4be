import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { seedDemoStaff } from "../lib/auth/demo-staff";
import { createPrismaClient } from "../lib/db";
import { seedDemoData } from "../lib/seed";
import { createTestDatabase, resolveTestServer } from "../lib/testing/test-database";

// `npm run test:e2e`: a fresh migrated database, a production build served by `next start`
// against it, then Playwright. Everything it starts is stopped again, on failure and on Ctrl-C.
// A second server, whose database does not answer, shows how outages look; a third, on a
// database of its own, is where the migrations spec builds and changes migration states.
// E2E_SKIP_BUILD=1 reuses the last build; arguments after `--` go to `playwright test`.

const rootDir = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const playwrightCli = require.resolve("@playwright/test/cli");
const logDir = path.join(rootDir, process.env.NEXT_DIST_DIR || ".next");
const HEALTH_TIMEOUT_MS = 60_000;

const cleanups: Array<{ what: string; run: () => Promise<void> }> = [];
let cleaning: Promise<void> | null = null;

function log(message: string): void {
  console.log(`[e2e] ${message}`);
}

function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const { what, run } of cleanups.reverse()) {
      try {
        await run();
      } catch (error) {
        console.error(`[e2e] could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // npm and tsx pass the terminal's Ctrl-C on as well, so the same signal may arrive twice.
    if (cleaning) return;
    log(`${signal}: stopping the servers and dropping the test database…`);
    void cleanUp().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: rootDir, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function findFreePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function seedDemo(databaseUrl: string): Promise<void> {
  log("seeding demo data");
  await seedDemoData({ databaseUrl });
}

/** The admin and the support account the specs sign in with (lib/auth/demo-staff.ts). */
async function createStaffAccounts(databaseUrl: string): Promise<void> {
  const prisma = createPrismaClient({ databaseUrl, poolMax: 1 });
  try {
    await seedDemoStaff(prisma);
  } finally {
    await prisma.$disconnect();
  }
  log("created an admin and a support account");
}

type Server = { process: ChildProcess; baseUrl: string; logPath: string };

async function startServer(name: string, env: NodeJS.ProcessEnv): Promise<Server> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logPath = path.join(logDir, `e2e-${name}.log`);
  const logFile = createWriteStream(logPath);
  // Its own process group, so stopping it also stops anything it spawned.
  const server = spawn(process.execPath, [nextBin, "start", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: rootDir,
    env: { ...env, NEXTAUTH_URL: baseUrl },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.pipe(logFile);
  server.stderr?.pipe(logFile);
  cleanups.push({ what: `stop the ${name} server`, run: () => stopServer(server) });
  return { process: server, baseUrl, logPath };
}

function signalGroup(server: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (server.pid) process.kill(-server.pid, signal);
  } catch (error) {
    // ESRCH: the group is already gone, which is what we wanted.
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  signalGroup(server, "SIGTERM");
  const forced = setTimeout(() => signalGroup(server, "SIGKILL"), 5_000);
  await exited;
  clearTimeout(forced);
}

async function logTail(logPath: string): Promise<string> {
  const text = await readFile(logPath, "utf8").catch(() => "");
  return text.split("\n").slice(-30).join("\n");
}

/** Waits until /api/health answers with `expectedStatus`: 200 for the real server, 503 for the one without a database. */
async function waitForHealth(server: Server, expectedStatus: number): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    const { exitCode, signalCode } = server.process;
    if (exitCode !== null || signalCode !== null) {
      throw new Error(`next start exited (${exitCode ?? signalCode}) before it answered:\n${await logTail(server.logPath)}`);
    }
    try {
      const response = await fetch(`${server.baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === expectedStatus) return;
      last = `HTTP ${response.status}: ${await response.text()}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    // Poll: the server offers no readiness signal besides answering.
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${server.baseUrl}/api/health did not answer ${expectedStatus} within ${HEALTH_TIMEOUT_MS / 1000} s (last: ${last}).\n${await logTail(server.logPath)}`,
  );
}

async function main(): Promise<number> {
  const testServer = await resolveTestServer();
  cleanups.push({ what: "stop the embedded database server", run: testServer.stop });
  log(`test databases on ${testServer.kind === "server" ? new URL(testServer.url).host : "an embedded PostgreSQL"}`);

  const database = await createTestDatabase({ serverUrl: testServer.url, migrate: true });
  cleanups.push({ what: "drop the test database", run: database.drop });
  log("created and migrated a fresh test database");
  await seedDemo(database.url);
  await createStaffAccounts(database.url);

  // Both servers share one secret, as instances behind a load balancer would: a session from the
  // first is read (and checked against the unreachable database) by the second.
  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
  };
  if (process.env.E2E_SKIP_BUILD === "1") {
    log("E2E_SKIP_BUILD=1: using the existing build");
  } else {
    log("building (next build)");
    // next build adds its dist directory's types to tsconfig.json; a build into another
    // NEXT_DIST_DIR must not leave that edit in the working tree.
    const tsconfig = await readFile(path.join(rootDir, "tsconfig.json"), "utf8");
    const buildCode = await run(process.execPath, [nextBin, "build"], appEnv).finally(() => writeFile(path.join(rootDir, "tsconfig.json"), tsconfig));
    if (buildCode !== 0) throw new Error(`next build failed with exit code ${buildCode}.`);
  }

  await mkdir(logDir, { recursive: true });
  const server = await startServer("server", appEnv);
  // Nothing listens on a port that was free a moment ago: the "database is down" case.
  const unreachableUrl = `postgresql://postgres@127.0.0.1:${await findFreePort()}/afc_unreachable`;
  const downServer = await startServer("server-without-database", { ...appEnv, DATABASE_URL: unreachableUrl });
  // A third server on a database of its own, which e2e/migrations.spec.ts puts into every
  // migration state (pending, failed, drifted, Alembic-era…) and applies to, away from the
  // database the other specs share. Applying from the page is allowed there, as in production
  // with MIGRATIONS_ALLOW_APPLY_IN_PRODUCTION, and the status API takes an operations token.
  const migrationsDatabase = await createTestDatabase({ serverUrl: testServer.url });
  cleanups.push({ what: "drop the migrations test database", run: migrationsDatabase.drop });
  const statusToken = randomBytes(32).toString("hex");
  const migrationsServer = await startServer("server-migrations", {
    ...appEnv,
    DATABASE_URL: migrationsDatabase.url,
    MIGRATIONS_ALLOW_APPLY_IN_PRODUCTION: "true",
    MIGRATIONS_STATUS_TOKEN: statusToken,
  });
  await Promise.all([waitForHealth(server, 200), waitForHealth(downServer, 503), waitForHealth(migrationsServer, 200)]);
  log(`console is up at ${server.baseUrl}, without a database at ${downServer.baseUrl}, and on its own migrations database at ${migrationsServer.baseUrl} (logs in .next/e2e-*.log)`);

  const playwrightEnv = {
    ...process.env,
    E2E_BASE_URL: server.baseUrl,
    E2E_DATABASE_DOWN_BASE_URL: downServer.baseUrl,
    E2E_DATABASE_URL: database.url,
    E2E_MIGRATIONS_BASE_URL: migrationsServer.baseUrl,
    E2E_MIGRATIONS_DATABASE_URL: migrationsDatabase.url,
    E2E_MIGRATIONS_STATUS_TOKEN: statusToken,
  };
  return run(process.execPath, [playwrightCli, "test", ...process.argv.slice(2)], playwrightEnv);
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await cleanUp();
}
process.exit(exitCode);
