import type pg from "pg";
import type { SchemaSnapshot } from "./schema-snapshot";

// The engine's fix SQL, cut into its statements, each tied to a table and flagged by what it
// would do to the live data: destructive (loses data), blocking (locks or rewrites a table that
// holds rows, or fails on them), or safe.

export type Risk = "destructive" | "blocking" | "safe";
export type FixStatement = {
  step: string;
  table: string | null;
  sql: string;
  risk: Risk;
  reason: string;
  /** Live rows in its table when it was weighed (an estimate above LARGE_TABLE_ROWS); null when it touches no existing table. */
  rows: number | null;
};

/** Tables with more rows than this are "large": rewriting or indexing them holds locks for long. */
export const LARGE_TABLE_ROWS = 100_000;

export function splitFixSql(sql: string, snapshot: SchemaSnapshot): Array<{ step: string; table: string | null; sql: string }> {
  const indexTable = new Map<string, string>();
  for (const table of snapshot.tables.values()) for (const index of table.indexes) indexTable.set(index.name, table.name);
  const parts = sql.split(/^(?=-- [A-Z][A-Za-z]+\s*$)/m).map((part) => part.trim()).filter(Boolean);
  return parts.map((part) => {
    const step = /^-- ([A-Za-z]+)/.exec(part)?.[1] ?? "Statement";
    const body = part.replace(/^-- .*\n/, "").trim();
    const table = /(?:TABLE|ON)\s+"([^"]+)"/.exec(body)?.[1] ?? indexTable.get(/DROP INDEX\s+"([^"]+)"/.exec(body)?.[1] ?? "") ?? null;
    return { step, table, sql: body };
  });
}

async function rowCounts(client: pg.ClientBase, tables: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of tables) {
    // The planner's estimate is enough to tell large from small; small tables are counted exactly.
    const { rows } = await client.query<{ estimate: number }>(
      `select greatest(c.reltuples, 0)::float8 as estimate from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relname = $1`,
      [table],
    );
    const estimate = rows[0]?.estimate ?? 0;
    if (estimate > LARGE_TABLE_ROWS) counts.set(table, Math.round(estimate));
    else counts.set(table, Number((await client.query(`select count(*)::bigint as n from "${table.replace(/"/g, '""')}"`)).rows[0].n));
  }
  return counts;
}

async function columnHoldsData(client: pg.ClientBase, table: string, column: string): Promise<boolean> {
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const { rows } = await client.query(`select exists (select 1 from ${quote(table)} where ${quote(column)} is not null) as held`);
  return Boolean(rows[0]?.held);
}

const plural = (n: number) => `${n.toLocaleString("en-US")} row${n === 1 ? "" : "s"}`;

export async function classifyFixStatements(client: pg.ClientBase, sql: string, snapshot: SchemaSnapshot): Promise<FixStatement[]> {
  const statements = splitFixSql(sql, snapshot);
  const existing = statements.map((s) => s.table).filter((t): t is string => Boolean(t && snapshot.tables.has(t)));
  const counts = await rowCounts(client, [...new Set(existing)]);
  const classified: FixStatement[] = [];
  for (const statement of statements) {
    const counted = statement.table ? counts.get(statement.table) : undefined;
    const rows = counted ?? 0;
    classified.push({ ...statement, ...(await assess(client, statement, rows)), rows: counted ?? null });
  }
  return classified;
}

const SEVERITY: Record<Risk, number> = { safe: 0, blocking: 1, destructive: 2 };

/** Every risk a statement carries, worst first: one engine statement may drop a column and add a required one. */
async function assess(client: pg.ClientBase, statement: { table: string | null; sql: string }, rows: number): Promise<{ risk: Risk; reason: string }> {
  const { sql, table } = statement;
  if (/^DROP TABLE/m.test(sql)) {
    return rows > 0 ? { risk: "destructive", reason: `Drops ${table} and its ${plural(rows)}.` } : { risk: "safe", reason: `Drops ${table}, which is empty.` };
  }
  const found: Array<{ risk: Risk; reason: string }> = [];
  if (table && /DROP COLUMN/.test(sql)) {
    const dropped = [...sql.matchAll(/DROP COLUMN\s+"([^"]+)"/g)].map((m) => m[1]!);
    const holding = [];
    for (const column of dropped) if (rows > 0 && (await columnHoldsData(client, table, column))) holding.push(column);
    if (holding.length > 0) found.push({ risk: "destructive", reason: `Drops ${holding.map((c) => `${table}.${c}`).join(", ")}, which ${holding.length === 1 ? "holds" : "hold"} data.` });
  }
  if (rows > 0 && /ADD COLUMN\s+"[^"]+"[^,;]*NOT NULL(?![^,;]*DEFAULT)/.test(sql)) {
    found.push({ risk: "blocking", reason: `Adds a NOT NULL column without a default to ${table}, which has ${plural(rows)}: it fails until they get a value.` });
  }
  if (rows > 0 && /SET NOT NULL/.test(sql)) {
    found.push({ risk: "blocking", reason: `Makes a column of ${table} required: it scans ${plural(rows)} under a lock and fails if any is NULL.` });
  }
  if (rows > LARGE_TABLE_ROWS && /SET DATA TYPE|ALTER COLUMN .* TYPE/.test(sql)) {
    found.push({ risk: "blocking", reason: `Changes a column type of ${table}: it rewrites ${plural(rows)} under an exclusive lock.` });
  } else if (rows > 0 && /SET DATA TYPE/.test(sql)) {
    found.push({ risk: "safe", reason: `Changes a column type of ${table} (${plural(rows)}); values that do not fit the new type make it fail.` });
  }
  if (rows > LARGE_TABLE_ROWS && /^CREATE (UNIQUE )?INDEX/m.test(sql)) {
    found.push({ risk: "blocking", reason: `Builds an index on ${table} (${plural(rows)}) while blocking writes; consider CREATE INDEX CONCURRENTLY.` });
  }
  if (found.length === 0) return { risk: "safe", reason: table ? `No data in ${table} is lost or locked for long.` : "Changes no table data." };
  found.sort((a, b) => SEVERITY[b.risk] - SEVERITY[a.risk]);
  return { risk: found[0]!.risk, reason: found.map((f) => f.reason).join(" ") };
}
