import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import pg from "pg";
import { colour } from "../lib/cli/terminal";
import { findUsableDemoStaff, seedDemoStaff, type DemoStaffAccount } from "../lib/auth/demo-staff";
import { createPrismaClient } from "../lib/db";
import { serveDevDatabase } from "../lib/embedded-db/dev-database";
import { ConfigError, readEnv, wantsEmbeddedDatabase } from "../lib/env";
import { describeDatabaseError } from "../lib/errors/describe-database-error";
import { applyMigrations, getMigrationStatus } from "../lib/migrations/service";

// `npm run dev`: with no DATABASE_URL or POSTGRES_HOST, serve an embedded PostgreSQL kept in
// .data/, migrate it, seed demo data the first time, then run `next dev` against it.

async function countTenants(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>("select count(*)::int as n from tenants");
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

/** Demo staff accounts on the embedded database only: created when there are none, printed while they work. */
async function prepareDemoStaff(databaseUrl: string): Promise<DemoStaffAccount[]> {
  const prisma = createPrismaClient({ databaseUrl, poolMax: 1 });
  try {
    if (await seedDemoStaff(prisma)) console.log(colour.dim("Created two demo staff accounts (first start)."));
    return await findUsableDemoStaff(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

function printDemoStaff(accounts: DemoStaffAccount[]): void {
  if (accounts.length === 0) return;
  const width = Math.max(...accounts.map((account) => account.email.length));
  accounts.forEach((account, index) => {
    const label = index === 0 ? colour.bold("Sign in") + "   " : "          ";
    console.log(`${label}${account.email.padEnd(width)}  ${account.password}  ${colour.dim(`(${account.role}, demo account)`)}`);
  });
}

async function prepareEmbedded(): Promise<{ url: string; stop: () => Promise<void>; demoStaff: DemoStaffAccount[] }> {
  console.log(colour.dim("Starting the embedded PostgreSQL (data in .data/pglite)…"));
  const server = await serveDevDatabase();
  try {
    const result = await applyMigrations({
      databaseUrl: server.url,
      onEvent: (event) => {
        if (event.type === "applied") console.log(colour.green(`  ✔ migration ${event.name} applied`));
      },
    });
    if (result.failed) throw new Error(`Migration ${result.failed.name} failed:\n${result.failed.message}`);
    if ((await countTenants(server.url)) === 0) {
      console.log(colour.dim("Seeding demo data (first start)…"));
      const { seedDemoData } = await import("../lib/seed");
      await seedDemoData({ databaseUrl: server.url });
    }
    const demoStaff = readEnv().nodeEnv === "production" ? [] : await prepareDemoStaff(server.url);
    return { ...server, demoStaff };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function describeExternal(databaseUrl: string): Promise<void> {
  try {
    const status = await getMigrationStatus({ databaseUrl });
    const mark = status.summary.level === "ok" ? colour.green("✔") : colour.yellow("!");
    console.log(`${mark} ${status.summary.sentence}`);
  } catch (error) {
    console.log(colour.yellow(`! ${describeDatabaseError(error).sentence}`));
  }
}

async function main(): Promise<void> {
  let databaseUrl: string;
  let stopDatabase = async () => undefined as void;
  if (wantsEmbeddedDatabase()) {
    const embedded = await prepareEmbedded();
    databaseUrl = embedded.url;
    stopDatabase = embedded.stop;
    console.log(`${colour.bold("Database")}  ${embedded.url.replace(/\?.*$/, "")} ${colour.dim("(embedded; set DATABASE_URL to use your own PostgreSQL)")}`);
    printDemoStaff(embedded.demoStaff);
  } else {
    databaseUrl = readEnv().databaseUrl;
    await describeExternal(databaseUrl);
  }

  // Next's own binary, not npx: signals then reach next dev directly, and it stops its workers.
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  // Without NEXTAUTH_URL, next-auth assumes http://localhost:3000; trust the Host header instead,
  // so sign-in works on whatever port next dev picks.
  const { auth } = readEnv();
  const authEnv = auth.url || auth.trustHost ? {} : { AUTH_TRUST_HOST: "true" };
  const next: ChildProcess = spawn(process.execPath, [nextBin, "dev", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, ...authEnv, DATABASE_URL: databaseUrl },
  });
  const nextExited = new Promise<void>((resolve) => next.once("exit", () => resolve()));

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next.exitCode === null && next.signalCode === null) next.kill("SIGTERM");
    // The app closes its connections before the database goes away.
    await Promise.race([nextExited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    await stopDatabase();
    console.log(colour.dim("Stopped."));
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  next.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((error: unknown) => {
  const sentence = error instanceof ConfigError ? error.message : describeDatabaseError(error).code === "unknown" ? (error as Error).message : describeDatabaseError(error).sentence;
  console.error(colour.red(`✖ ${sentence}`));
  process.exit(1);
});
