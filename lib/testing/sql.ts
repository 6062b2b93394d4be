import pg from "pg";

// Small query helpers for tests: one short-lived connection per call.

export async function queryRows<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

export async function queryValue<T>(url: string, sql: string, values: unknown[] = []): Promise<T> {
  const rows = await queryRows<{ value: T }>(url, sql, values);
  return rows[0]!.value;
}

export async function distinctValues(url: string, table: string, column: string): Promise<string[]> {
  const rows = await queryRows<{ value: string }>(url, `SELECT DISTINCT "${column}"::text AS value FROM "${table}" ORDER BY 1`);
  return rows.map((r) => r.value);
}

export async function runSql(url: string, sql: string): Promise<void> {
  await queryRows(url, sql);
}
