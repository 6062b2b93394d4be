import { randomUUID } from "node:crypto";
import pg from "pg";

// Rows a single test needs on top of the demo data, deleted again by the test that made them.

export async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

export type TestTenant = { id: string; name: string; slug: string; remove: () => Promise<void> };

export async function createTestTenant(options: { name?: string; status?: string } = {}): Promise<TestTenant> {
  const suffix = randomUUID().slice(0, 8);
  const name = options.name ?? `E2E Tenant ${suffix}`;
  const slug = `e2e-${suffix}`;
  const [row] = await query<{ id: string }>(
    "INSERT INTO tenants (id, name, slug, status, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, now()) RETURNING id::text AS id",
    [name, slug, options.status ?? "trial"],
  );
  const id = row!.id;
  return { id, name, slug, remove: async () => void (await query("DELETE FROM tenants WHERE id = $1", [id])) };
}
