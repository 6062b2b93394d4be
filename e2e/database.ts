import pg from "pg";

// Read-only access to the database the console under test uses, to check what the screen says.
export async function queryNumber(sql: string): Promise<number> {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  if (!databaseUrl) throw new Error("E2E_DATABASE_URL is not set. Run `npm run test:e2e`.");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ value: string | number }>(sql);
    return Number(rows[0]?.value);
  } finally {
    await client.end();
  }
}
