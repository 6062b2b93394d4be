import { parseArgs } from "node:util";
import { colour, exitWhenFlushed, redactUrl, renderTable } from "../lib/cli/terminal";
import { resolveDatabaseTarget } from "../lib/cli/database-target";
import { ConfigError } from "../lib/env";
import { formatCount } from "../lib/format/format-count";
import { formatDuration } from "../lib/format/format-duration";
import { formatProgressLine, parseCount } from "../lib/seed/format-progress";
import { explainSeedError } from "../lib/seed/seed-errors";
import type { SeedProgress } from "../lib/seed/seed-progress";
import { seedDemoData, seedScaleData } from "../lib/seed";

// npm run db:seed: demo data for development, or --scale for large load-test data sets.

const HELP = `Usage: npm run db:seed -- [options]

  (no options)         about 50 tenants of realistic demo data (deterministic for a given day)
  --reset              empty the console's data tables first (never console_staff or migrations)
  --scale              large data set generated in PostgreSQL, for load and search tests
    --tenants N        tenants to create (scale default 10,000; demo default 50)
    --audit-rows N     audit_logs rows (scale default 10,000,000)
    --audit-days N     days the audit rows span, ending today (scale default 30)
    --usage-days N     days of usage_records per tenant (default 90)
    --jobs N           connections writing chunks at once (scale default 2)

Counts accept 10000, 10_000, 250k or 10m. The database is DATABASE_URL (or POSTGRES_*), or the
embedded development database when neither DATABASE_URL nor POSTGRES_HOST is set.`;

class UsageError extends Error {}

function countOption(values: Record<string, unknown>, name: string): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const value = parseCount(String(raw));
  if (value === null) throw new UsageError(`--${name} needs a whole number, such as 10000 or 250k; got "${String(raw)}".`);
  return value;
}

function parseOptions() {
  try {
    return parseArgs({
      options: {
        reset: { type: "boolean", default: false },
        scale: { type: "boolean", default: false },
        tenants: { type: "string" },
        "audit-rows": { type: "string" },
        "audit-days": { type: "string" },
        "usage-days": { type: "string" },
        jobs: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split("\n")[0]!.replace(/\.?$/, ".")} Run \`npm run db:seed -- --help\` for the options.`);
  }
}

function progressPrinter(): { onProgress: (p: SeedProgress) => void; done: () => void } {
  const tty = Boolean(process.stdout.isTTY);
  let open = false;
  return {
    onProgress: (progress) => {
      const line = formatProgressLine(progress);
      if (tty) {
        process.stdout.write(`\r\u001b[K${line}${progress.finished ? "\n" : ""}`);
        open = !progress.finished;
      } else {
        console.log(line);
      }
    },
    done: () => {
      if (open) process.stdout.write("\n");
    },
  };
}

async function main(): Promise<number> {
  const values = parseOptions();
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const options = {
    reset: values.reset,
    tenants: countOption(values, "tenants"),
    auditRows: countOption(values, "audit-rows"),
    auditDays: countOption(values, "audit-days"),
    usageDays: countOption(values, "usage-days"),
    jobs: countOption(values, "jobs"),
  };
  const target = await resolveDatabaseTarget();
  const printer = progressPrinter();
  try {
    console.log(`${colour.bold(values.scale ? "Scale data" : "Demo data")} → ${target.label}${options.reset ? colour.yellow(" (reset first)") : ""}`);
    const result = values.scale
      ? await seedScaleData({ databaseUrl: target.url, ...options, onProgress: printer.onProgress })
      : await seedDemoData({ databaseUrl: target.url, ...options });
    printer.done();
    const rows = Object.entries(result.counts).filter(([, count]) => count > 0);
    const total = rows.reduce((sum, [, count]) => sum + count, 0);
    if ("timings" in result) {
      const timed = Object.entries(result.timings).filter(([, run]) => run && (run.rows > 0 || run.ms > 0));
      console.log(renderTable(["TABLE", "ROWS", "TIME", "ROWS/S"], timed.map(([table, run]) =>
        [table, run!.rows > 0 ? formatCount(run!.rows) : "—", formatDuration(run!.ms), run!.rows > 0 ? formatCount(run!.rowsPerSecond) : "—"])));
    } else {
      console.log(renderTable(["TABLE", "ROWS"], rows.map(([table, count]) => [table, formatCount(count)])));
    }
    console.log(colour.green(`✔ Seeded ${formatCount(total)} rows in ${rows.length} tables in ${formatDuration(result.elapsedMs)} (data as of ${result.now.toISOString().slice(0, 10)}).`));
    return 0;
  } finally {
    printer.done();
    await target.close();
  }
}

main().then(
  (code) => exitWhenFlushed(code),
  (error: unknown) => {
    const sentence = error instanceof UsageError || error instanceof ConfigError ? error.message : explainSeedError(error);
    if (sentence) console.error(colour.red(`✖ ${sentence}`));
    else console.error(colour.red("✖ The seed failed unexpectedly:"), error);
    exitWhenFlushed(1);
  },
);
