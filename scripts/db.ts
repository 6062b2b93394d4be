import { parseArgs } from "node:util";
import pg from "pg";
import { resolveDatabaseTarget, type DatabaseTarget } from "../lib/cli/database-target";
import { colour, confirm, exitWhenFlushed, redactUrl } from "../lib/cli/terminal";
import { printDrift } from "../lib/cli/print-drift";
import { printStatus } from "../lib/cli/print-status";
import { ConfigError, readEnv } from "../lib/env";
import { describeDatabaseError } from "../lib/errors/describe-database-error";
import { markMigrationsApplied, planBaseline } from "../lib/migrations/baseline";
import { createMigration } from "../lib/migrations/create";
import { checkDrift } from "../lib/migrations/drift";
import { defaultProjectPaths } from "../lib/migrations/project-files";
import { applyMigrations, getMigrationStatus, resolveMigration } from "../lib/migrations/service";
import { assertLocalDatabase } from "../lib/testing/test-database";

// npm run db:<command>. Exit codes: 0 all is well, 2 the database needs attention (pending,
// failed or edited migrations; drift), 1 the command itself could not do its job.

const HELP = `Usage: npm run db:<command> -- [options]

  db:migrate              apply pending migrations
  db:status [--json]      every migration with its state
  db:drift [--json]       compare the database with its migrations and the Prisma schema
  db:new -- <name>        generate a migration from changes to prisma/schema.prisma
  db:baseline [--yes]     mark the migrations that match an existing database as applied
  db:resolve -- --rolled-back <name> | --applied <name>
                          settle a failed migration (rolled back: it runs again; applied: done by hand)
  db:reset [--yes]        drop everything in a local database, migrate and seed it again
  db:seed                 demo data (see npm run db:seed -- --help)
`;

type Target = DatabaseTarget;

async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("select 1");
  } finally {
    await client.end().catch(() => undefined);
  }
}

const paths = defaultProjectPaths();
const unmanagedTables = () => readEnv().unmanagedTables;

async function runStatus(target: Target, json: boolean): Promise<number> {
  const status = await getMigrationStatus({ databaseUrl: target.url, paths });
  if (json) console.log(JSON.stringify(status, null, 2));
  else printStatus(status, target.label);
  return status.clean ? 0 : 2;
}

async function runMigrate(target: Target, force: boolean): Promise<number> {
  const status = await getMigrationStatus({ databaseUrl: target.url, paths });
  if (status.summary.code === "not_managed" && !force) {
    console.error(colour.red(`✖ ${status.summary.sentence}`));
    console.error("  Applying migrations on top of existing tables would fail halfway. Run `npm run db:drift`, then `npm run db:baseline`.");
    return 1;
  }
  console.log(`${colour.bold("Database")}    ${target.label}\n`);
  const result = await applyMigrations({
    databaseUrl: target.url,
    paths,
    onEvent: (event) => {
      if (event.type === "waiting-for-lock") {
        const who = event.holder ? `process ${event.holder.pid} (${event.holder.applicationName ?? "unknown"})` : "another session";
        console.log(colour.yellow(`  Waiting: ${who} holds the migration lock.`));
      } else if (event.type === "started") console.log(`  → ${event.name} (${event.index + 1}/${event.total})`);
      else if (event.type === "applied") console.log(colour.green(`  ✔ ${event.name} applied in ${event.durationMs} ms`));
      else if (event.type === "skipped") console.log(colour.dim(`  · ${event.name} skipped: ${event.reason}`));
      else console.log(colour.red(`  ✖ ${event.name} failed and was rolled back:\n${event.message.replace(/^/gm, "      ")}`));
    },
  });
  if (result.failed) {
    console.error(colour.red(`\n✖ Migration ${result.failed.name} failed. Nothing of it was applied; it is recorded as failed until resolved.`));
    return 1;
  }
  console.log(result.applied.length === 0 ? colour.green("✔ Nothing to apply: the database is up to date.") : colour.green(`\n✔ Applied ${result.applied.length} migration(s).`));
  return 0;
}

async function runDrift(target: Target, json: boolean): Promise<number> {
  const report = await checkDrift({ databaseUrl: target.url, paths, unmanagedTables: unmanagedTables() });
  if (json) console.log(JSON.stringify(report, null, 2));
  else printDrift(report, target.label);
  return report.hasDrift ? 2 : 0;
}

async function runNew(target: Target, name: string | undefined): Promise<number> {
  if (!name) {
    console.error("Name the migration: npm run db:new -- add_tenant_region");
    return 1;
  }
  const result = await createMigration({ paths, serverUrl: target.url, name });
  if (!result.created) {
    console.log(colour.yellow(`! ${result.reason}`));
    return 0;
  }
  console.log(colour.green(`✔ Created prisma/migrations/${result.name}/migration.sql`));
  console.log(colour.dim(result.sql.split("\n").slice(0, 40).map((l) => `  ${l}`).join("\n")));
  console.log("\nReview it, commit it, then run `npm run db:migrate`.");
  return 0;
}

async function runBaseline(target: Target, yes: boolean): Promise<number> {
  const plan = await planBaseline({ databaseUrl: target.url, paths, unmanagedTables: unmanagedTables() });
  if (!plan.ok) {
    console.error(colour.red(`✖ ${plan.reason}`));
    for (const finding of plan.closest?.findings.slice(0, 15) ?? []) console.error(`    • ${finding.sentence}`);
    if ((plan.closest?.findings.length ?? 0) > 15) console.error(colour.dim(`    … and ${plan.closest!.findings.length - 15} more (npm run db:drift).`));
    return 1;
  }
  for (const line of plan.evidence) console.log(`  ${line}`);
  console.log(`\n  Will mark as applied, without running them: ${plan.migrations.join(", ")}`);
  if (!yes && !(await confirm("Record these migrations as applied?"))) {
    console.log("Nothing changed. Re-run with --yes to confirm without a prompt.");
    return 1;
  }
  await markMigrationsApplied({ databaseUrl: target.url, paths, migrations: plan.migrations });
  console.log(colour.green(`✔ Baselined: ${plan.migrations.length} migration(s) recorded as applied.`));
  return 0;
}

async function runResolve(target: Target, rolledBack: string | undefined, applied: string | undefined): Promise<number> {
  if (Boolean(rolledBack) === Boolean(applied)) {
    console.error("Say how to settle it: npm run db:resolve -- --rolled-back <name>, or -- --applied <name>.");
    return 1;
  }
  const name = (rolledBack ?? applied)!;
  const status = await resolveMigration({ databaseUrl: target.url, paths, name, resolution: rolledBack ? "rolled_back" : "applied" });
  console.log(colour.green(rolledBack
    ? `✔ ${name} is marked rolled back: \`npm run db:migrate\` will run it again.`
    : `✔ ${name} is recorded as applied.`));
  console.log(status.summary.sentence);
  return 0;
}

async function runReset(target: Target, yes: boolean, skipSeed: boolean): Promise<number> {
  console.log(`${colour.bold("Database")}    ${target.label}`);
  if (!yes && !(await confirm("Drop every table and all data in this database?"))) {
    console.log("Nothing changed. Re-run with --yes to confirm without a prompt.");
    return 1;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
  const code = await runMigrate(target, false);
  if (code !== 0 || skipSeed) return code;
  const { seedDemoData } = await import("../lib/seed");
  await seedDemoData({ databaseUrl: target.url });
  console.log(colour.green("✔ Seeded demo data."));
  return 0;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      yes: { type: "boolean", short: "y", default: false },
      force: { type: "boolean", default: false },
      "skip-seed": { type: "boolean", default: false },
      "rolled-back": { type: "string" },
      applied: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return command ? 0 : 1;
  }
  const target = await resolveDatabaseTarget();
  try {
    // Checked before connecting, so a remote database is refused even when it is unreachable.
    if (command === "reset") assertLocalDatabase(target.url);
    await assertReachable(target.url);
    switch (command) {
      case "status": return await runStatus(target, values.json);
      case "migrate": return await runMigrate(target, values.force);
      case "drift": return await runDrift(target, values.json);
      case "new": return await runNew(target, rest.join("_") || undefined);
      case "baseline": return await runBaseline(target, values.yes);
      case "reset": return await runReset(target, values.yes, values["skip-seed"]);
      case "resolve": return await runResolve(target, values["rolled-back"], values.applied);
      default:
        console.error(`Unknown command "${command}".\n\n${HELP}`);
        return 1;
    }
  } catch (error) {
    throw Object.assign(error as object, { databaseUrl: target.url });
  } finally {
    await target.close();
  }
}

main().then(
  (code) => exitWhenFlushed(code),
  (error: unknown) => {
    const url = (error as { databaseUrl?: string }).databaseUrl;
    const problem = describeDatabaseError(error);
    // Known database problems get their sentence; anything else is the command's own message.
    const sentence = problem.code === "unknown" ? (error instanceof Error ? error.message : String(error)) : problem.sentence;
    console.error(colour.red(`✖ ${sentence}`));
    if (url && problem.code !== "configuration") console.error(colour.dim(`  Database: ${redactUrl(url)}`));
    if (process.env.DEBUG) console.error(error);
    exitWhenFlushed(1);
  },
);
