import type pg from "pg";
import { TABLE_COLUMNS, type SeedTable } from "./table-columns";

// Set-based inserts: one statement per chunk, each column sent as one text[] parameter and
// unnested server-side, then cast to its real type. Thousands of rows cost one round trip.

const CHUNK_ROWS = 5_000;

function toText(value: unknown, type: string): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (type === "jsonb") return JSON.stringify(value);
  if (type.endsWith("[]")) return toArrayLiteral(value as unknown[]);
  return String(value);
}

function toArrayLiteral(items: unknown[]): string {
  const quoted = items.map((item) => `"${String(item).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`);
  return `{${quoted.join(",")}}`;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export async function insertRows<T extends object>(client: pg.ClientBase, table: SeedTable, rows: readonly T[]): Promise<number> {
  const columns = Object.entries(TABLE_COLUMNS[table]) as [string, string][];
  const names = columns.map(([name]) => quoteIdent(name)).join(", ");
  const unnestArgs = columns.map((_, i) => `$${i + 1}::text[]`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  const casts = columns.map(([, type], i) => `c${i}::${type}`).join(", ");
  const sql = `INSERT INTO ${quoteIdent(table)} (${names}) SELECT ${casts} FROM unnest(${unnestArgs}) AS u(${aliases})`;
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS) as Record<string, unknown>[];
    const params = columns.map(([name, type]) => chunk.map((row) => toText(row[name], type)));
    await client.query(sql, params);
  }
  return rows.length;
}
