import { parseArgs } from "node:util";
import pg from "pg";
import { verifyAuditChain } from "../lib/audit/verify-audit-chain";
import { resolveDatabaseTarget } from "../lib/cli/database-target";
import { colour, exitWhenFlushed, formatTimestamp } from "../lib/cli/terminal";
import { ConfigError } from "../lib/env";
import { describeDatabaseError } from "../lib/errors/describe-database-error";
import { formatCount } from "../lib/format/format-count";

// npm run audit:verify [-- --from 2026-11-01 --to 2026-12-01]: recomputes the audit trail's hash
// chain. Exit 0 intact, 2 broken (the first broken row is named), 1 the check could not run.

const REASONS = {
  content_changed: "its content was changed after it was written",
  link_broken: "its link to the row before it is broken (a row before it was removed, or altered)",
};

function parseDate(value: string | undefined, name: string): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new ConfigError(`--${name} must be a date such as 2026-11-01 or 2026-11-01T12:00:00Z.`);
  return date;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" }, json: { type: "boolean", default: false } } });
  const range = { from: parseDate(values.from, "from"), to: parseDate(values.to, "to") };
  const target = await resolveDatabaseTarget();
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const result = await verifyAuditChain(client, range);
    if (values.json) {
      console.log(JSON.stringify(result, null, 2));
    } else if (result.firstBroken) {
      const row = result.firstBroken;
      console.log(colour.red(`✖ The audit chain is broken at row ${row.id} (${formatTimestamp(row.createdAt)}, ${row.action}): ${REASONS[row.reason]}.`));
    } else {
      console.log(colour.green(`✔ The audit chain is intact: ${formatCount(result.checkedRows)} rows checked.`));
    }
    return result.firstBroken ? 2 : 0;
  } finally {
    await client.end().catch(() => undefined);
    await target.close();
  }
}

main().then(
  (code) => exitWhenFlushed(code),
  (error: unknown) => {
    const problem = describeDatabaseError(error);
    console.error(colour.red(`✖ ${problem.code === "unknown" ? (error instanceof Error ? error.message : String(error)) : problem.sentence}`));
    exitWhenFlushed(1);
  },
);
