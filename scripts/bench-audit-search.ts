import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { benchQueries, readBenchData, type BenchQuery } from "../lib/audit-logs/bench/bench-queries";
import { checkTargets, summarise, type QueryFigures } from "../lib/audit-logs/bench/bench-stats";
import { prepareAuditSearch, searchAuditLogs, TENANT_SLUGS_SQL } from "../lib/audit-logs/query/search-audit-logs";
import { auditSearchSessionConfig } from "../lib/audit-logs/search-session";
import { colour, exitWhenFlushed, redactUrl, renderTable } from "../lib/cli/terminal";
import { ConfigError, parseDatabaseUrl, readEnv } from "../lib/env";
import { applyMigrations } from "../lib/migrations/service";
import { withDatabaseName } from "../lib/migrations/scratch-database";
import { parseCount } from "../lib/seed/format-progress";

// npm run bench -- --rows N: the audit search on a dedicated benchmark database, each query
// through the console's own search function and as the same SQL straight through pg, in turns,
// on one connection set up as the console's search pool sets up its own.

const HELP = `Usage: npm run bench -- [options]

  --rows N        audit rows in the benchmark database (default 10,000,000; 1m, 250k accepted)
  --tenants N     tenants (default 10,000)
  --runs N        timed runs per query and path, after the warm-up (default 30)
  --warmup N      untimed runs first (default 5)
  --out FILE      where to write the figures (default bench.json)
  --explain       print EXPLAIN (ANALYZE, BUFFERS) of every query first

BENCH_DATABASE_URL names the benchmark database. Without it, a database called
agent_factory_bench on the configured server (DATABASE_URL or POSTGRES_*) is used. It is created
when missing, migrated, and seeded with \`db:seed --scale\` when its row count differs.`;

class UsageError extends Error {}

function options() {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: "10000000" },
      tenants: { type: "string", default: "10000" },
      runs: { type: "string", default: "30" },
      warmup: { type: "string", default: "5" },
      out: { type: "string", default: "bench.json" },
      explain: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const count = (name: "rows" | "tenants" | "runs" | "warmup", min: number) => {
    const value = parseCount(values[name]);
    if (value === null || value < min) throw new UsageError(`--${name} needs a whole number of at least ${min}; got "${values[name]}".`);
    return value;
  };
  return {
    help: values.help,
    rows: count("rows", 1_000),
    tenants: count("tenants", 1),
    runs: count("runs", 1),
    warmup: count("warmup", 0),
    out: path.resolve(values.out),
    explain: values.explain,
  };
}

function sameDatabase(a: string, b: string): boolean {
  const [x, y] = [new URL(a), new URL(b)];
  const port = (u: URL) => u.port || "5432";
  const host = (u: URL) => (u.hostname === "localhost" ? "127.0.0.1" : u.hostname);
  return host(x) === host(y) && port(x) === port(y) && x.pathname === y.pathname;
}

/** The benchmark database's URL; never the development database. */
function benchDatabaseUrl(): string {
  const configured = readEnv().databaseUrl;
  const explicit = process.env.BENCH_DATABASE_URL?.trim();
  const url = explicit ? parseDatabaseUrl(explicit, "BENCH_DATABASE_URL").toString() : withDatabaseName(configured, "agent_factory_bench");
  if (sameDatabase(url, configured)) {
    throw new ConfigError("BENCH_DATABASE_URL names the console's own database. The benchmark reseeds its database: give it a database of its own.");
  }
  return url;
}

async function ensureDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new pg.Client({ connectionString: withDatabaseName(url, "postgres"), connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      console.log(`Creating the benchmark database ${name}…`);
      await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    }
  } finally {
    await admin.end();
  }
}

async function countRows(url: string): Promise<{ auditRows: number; tenants: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ a: string; t: string }>("SELECT (SELECT count(*) FROM audit_logs) AS a, (SELECT count(*) FROM tenants) AS t");
    return { auditRows: Number(rows[0]!.a), tenants: Number(rows[0]!.t) };
  } finally {
    await client.end();
  }
}

function runSeed(url: string, rows: number, tenants: number): Promise<void> {
  const args = ["tsx", "scripts/seed.ts", "--scale", "--reset", "--audit-rows", String(rows), "--tenants", String(tenants), "--audit-days", "30"];
  console.log(colour.dim(`$ DATABASE_URL=${redactUrl(url)} npx ${args.join(" ")}`));
  return new Promise((resolve, reject) => {
    const child = spawn("npx", args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`db:seed --scale exited with ${code}.`))));
  });
}

async function prepareDatabase(url: string, rows: number, tenants: number): Promise<void> {
  await ensureDatabase(url);
  const migrated = await applyMigrations({ databaseUrl: url });
  if (migrated.failed) throw new Error(`Migration ${migrated.failed.name} failed on the benchmark database: ${migrated.failed.message}`);
  if (migrated.applied.length > 0) console.log(`Applied ${migrated.applied.length} migration(s) to the benchmark database.`);
  const have = await countRows(url);
  if (have.auditRows === rows && have.tenants === tenants) {
    console.log(`Reusing the benchmark data: ${rows.toLocaleString("en-US")} audit rows, ${tenants.toLocaleString("en-US")} tenants.`);
    return;
  }
  console.log(`The benchmark database holds ${have.auditRows.toLocaleString("en-US")} audit rows; seeding ${rows.toLocaleString("en-US")}.`);
  await runSeed(url, rows, tenants);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Autovacuum would do this later; doing it now keeps the first runs from measuring it.
  await client.query("VACUUM (ANALYZE) audit_logs").finally(() => client.end());
}

/** The cursor for the page `pages` deep (page 1 has none), walked through the search itself. */
async function cursorFor(client: pg.Client, query: BenchQuery, now: Date): Promise<string | null> {
  let cursor: string | null = null;
  for (let page = 1; page < query.pages; page += 1) {
    const result = await searchAuditLogs(client, { query: query.query, cursor, now, sessionLimits: true });
    if (!result.ok) throw new Error(`${query.name}: ${result.error.message}`);
    if (!result.nextCursor) throw new Error(`${query.name}: only ${page} page(s) of results, fewer than ${query.pages}.`);
    cursor = result.nextCursor;
  }
  return cursor;
}

async function prepare(client: pg.Client, query: BenchQuery, cursor: string | null, now: Date) {
  const prepared = await prepareAuditSearch(client, { query: query.query, cursor, now });
  if (!prepared.ok) throw new Error(`${query.name}: ${prepared.error.message}`);
  return prepared.search;
}

async function explain(client: pg.Client, query: BenchQuery, cursor: string | null, now: Date): Promise<void> {
  const page = await prepare(client, query, cursor, now);
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${page.sql}`, page.params);
  console.log(colour.bold(`\n${query.name}: ${query.query || "(empty query)"}`));
  console.log(rows.map((row) => `  ${row["QUERY PLAN"]}`).join("\n"));
}

async function measure(client: pg.Client, query: BenchQuery, cursor: string | null, now: Date, runs: number, warmup: number): Promise<QueryFigures> {
  const page = await prepare(client, query, cursor, now);
  const viaConsole = async () => {
    const started = performance.now();
    const result = await searchAuditLogs(client, { query: query.query, cursor, now, sessionLimits: true });
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(`${query.name}: ${result.error.message}`);
    return { ms, rows: result.rows.length };
  };
  // The same statements the search sends: the tenant lookup when the query names a slug, then the page.
  const viaPg = async () => {
    const started = performance.now();
    if (page.slugs.length > 0) await client.query(TENANT_SLUGS_SQL, [page.slugs]);
    await client.query(page.sql, page.params);
    return performance.now() - started;
  };
  for (let i = 0; i < warmup; i += 1) {
    await viaConsole();
    await viaPg();
  }
  const consoleMs: number[] = [];
  const rawMs: number[] = [];
  let rowsReturned = 0;
  // In turns, so that a busy moment on the machine falls on both paths alike.
  for (let i = 0; i < runs; i += 1) {
    if (i % 2 === 0) {
      const run = await viaConsole();
      consoleMs.push(run.ms);
      rowsReturned = run.rows;
      rawMs.push(await viaPg());
    } else {
      rawMs.push(await viaPg());
      const run = await viaConsole();
      consoleMs.push(run.ms);
      rowsReturned = run.rows;
    }
  }
  return summarise(query.name, query.query, rowsReturned, consoleMs, rawMs);
}

async function machine(client: pg.Client) {
  const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
  return {
    cpus: os.cpus().length,
    cpu_model: os.cpus()[0]?.model ?? "unknown",
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    load_average_1m: Math.round(os.loadavg()[0]! * 100) / 100,
    node: process.version,
    postgres: rows[0]!.v,
  };
}

async function main(): Promise<number> {
  const opts = options();
  if (opts.help) {
    console.log(HELP);
    return 0;
  }
  const url = benchDatabaseUrl();
  console.log(`${colour.bold("Benchmark database")} ${redactUrl(url)}`);
  await prepareDatabase(url, opts.rows, opts.tenants);

  const client = new pg.Client({ connectionString: url, ...auditSearchSessionConfig() });
  await client.connect();
  try {
    const data = await readBenchData(client);
    const queries = benchQueries(data);
    const cursors = new Map<BenchQuery, string | null>();
    for (const query of queries) cursors.set(query, await cursorFor(client, query, data.now));
    if (opts.explain) for (const query of queries) await explain(client, query, cursors.get(query)!, data.now);

    console.log(`\nTiming ${queries.length} queries, ${opts.warmup} warm-up and ${opts.runs} timed runs each, console and raw in turns…`);
    const figures: QueryFigures[] = [];
    for (const query of queries) figures.push(await measure(client, query, cursors.get(query)!, data.now, opts.runs, opts.warmup));

    const targets = checkTargets(figures);
    const report = {
      rows: opts.rows,
      tenants: opts.tenants,
      runs: opts.runs,
      data_until: data.now.toISOString(),
      generated_at: new Date().toISOString(),
      machine: await machine(client),
      queries: figures,
      targets,
    };
    await writeFile(opts.out, `${JSON.stringify(report, null, 2)}\n`);

    const ms = (value: number) => value.toFixed(2);
    console.log(`\n${renderTable(
      ["QUERY", "ROWS", "P50 MS", "P95 MS", "RAW P50", "RAW P95", "RATIO P50"],
      figures.map((f) => [f.name, String(f.rows_returned), ms(f.p50_ms), ms(f.p95_ms), ms(f.raw_p50_ms), ms(f.raw_p95_ms), `${f.ratio_p50}×`]),
    )}\n`);
    for (const target of targets.filter((t) => !t.met)) console.log(colour.yellow(`  ✖ ${target.name}: ${target.limit}, measured ${target.detail}`));
    const met = targets.filter((t) => t.met).length;
    console.log(`${met === targets.length ? colour.green("✔") : colour.yellow("!")} ${met} of ${targets.length} targets met at ${opts.rows.toLocaleString("en-US")} rows. Wrote ${path.relative(process.cwd(), opts.out)}.`);
    return 0;
  } finally {
    await client.end();
  }
}

main().then(
  (code) => exitWhenFlushed(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError) console.error(colour.red(`✖ ${error.message}`));
    else console.error(colour.red("✖ The benchmark failed:"), error);
    exitWhenFlushed(1);
  },
);
