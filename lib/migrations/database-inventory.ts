import { BOOKKEEPING_TABLES } from "./history";
import type pg from "pg";

export type DatabaseInventory = {
  /** Ordinary and partitioned tables in the public schema, Prisma's table excluded. */
  tables: string[];
  alembicRevision: string | null;
};

export async function readInventory(client: pg.ClientBase): Promise<DatabaseInventory> {
  const { rows } = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
        and c.relname <> all($1::text[])
      order by c.relname`,
    [BOOKKEEPING_TABLES],
  );
  const tables = rows.map((row) => row.name);
  let alembicRevision: string | null = null;
  if (tables.includes("alembic_version")) {
    const result = await client.query<{ version_num: string }>(`select version_num from alembic_version limit 1`);
    alembicRevision = result.rows[0]?.version_num ?? null;
  }
  return { tables, alembicRevision };
}
