import { BOOKKEEPING_TABLES } from "./history";
import type pg from "pg";

// A catalog snapshot of the public schema: what a table, column, index, foreign key or enum
// looks like to PostgreSQL itself. Comparing two snapshots is how drift is explained.

export type ColumnSnapshot = { name: string; type: string; notNull: boolean; default: string | null; position: number };
export type IndexSnapshot = { name: string; signature: string; columns: string[]; unique: boolean; primary: boolean };
export type ForeignKeySnapshot = { name: string; columns: string[]; refTable: string; refColumns: string[]; onDelete: string; onUpdate: string };
export type TableSnapshot = {
  name: string;
  columns: Map<string, ColumnSnapshot>;
  indexes: IndexSnapshot[];
  foreignKeys: ForeignKeySnapshot[];
};
export type SchemaSnapshot = { tables: Map<string, TableSnapshot>; enums: Map<string, string[]> };

const FK_ACTIONS: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };

export async function snapshotSchema(client: pg.ClientBase): Promise<SchemaSnapshot> {
  const tables = new Map<string, TableSnapshot>();
  const tableRows = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r','p') and not c.relispartition and c.relname <> all($1::text[])`,
    [BOOKKEEPING_TABLES],
  );
  for (const { name } of tableRows.rows) tables.set(name, { name, columns: new Map(), indexes: [], foreignKeys: [] });

  const columnRows = await client.query(
    `select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null,
            pg_get_expr(d.adbin, d.adrelid) as default, a.attnum as position, a.attidentity as identity
       from pg_attribute a
       join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
       left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where n.nspname = 'public' and c.relkind in ('r','p') and a.attnum > 0 and not a.attisdropped`,
  );
  for (const row of columnRows.rows) {
    const identity = row.identity && row.identity !== "" ? "autoincrement()" : null;
    tables.get(row.table)?.columns.set(row.name, {
      name: row.name,
      type: String(row.type),
      notNull: row.not_null,
      default: identity ?? normalizeDefault(row.default),
      position: row.position,
    });
  }

  const indexRows = await client.query(
    `select t.relname as table, i.relname as name, pg_get_indexdef(x.indexrelid) as def, x.indisunique as unique, x.indisprimary as primary,
            array(select pg_get_indexdef(x.indexrelid, k, true) from generate_series(1, x.indnatts) k order by k) as columns
       from pg_index x
       join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
       join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = 'public' and t.relkind in ('r','p')`,
  );
  for (const row of indexRows.rows) {
    const columns = (row.columns as string[]).filter(Boolean);
    tables.get(row.table)?.indexes.push({
      name: row.name,
      // The definition without the index's own name, so equal indexes match across databases.
      signature: String(row.def).replace(/INDEX \S+ ON /, "INDEX ON ").replace(/ ONLY /, " "),
      columns,
      unique: row.unique,
      primary: row.primary,
    });
  }

  const fkRows = await client.query(
    `select t.relname as table, c.conname as name, rt.relname as ref_table, c.confdeltype::text as on_delete, c.confupdtype::text as on_update,
            array(select a.attname::text from unnest(c.conkey) with ordinality k(num, ord) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.num order by k.ord) as columns,
            array(select a.attname::text from unnest(c.confkey) with ordinality k(num, ord) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.num order by k.ord) as ref_columns
       from pg_constraint c
       join pg_class t on t.oid = c.conrelid join pg_class rt on rt.oid = c.confrelid
       join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = 'public' and c.contype = 'f'`,
  );
  for (const row of fkRows.rows) {
    tables.get(row.table)?.foreignKeys.push({
      name: row.name,
      columns: row.columns,
      refTable: row.ref_table,
      refColumns: row.ref_columns,
      onDelete: FK_ACTIONS[row.on_delete] ?? row.on_delete,
      onUpdate: FK_ACTIONS[row.on_update] ?? row.on_update,
    });
  }

  const enums = new Map<string, string[]>();
  const enumRows = await client.query(
    `select t.typname as name, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
       from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
      where n.nspname = 'public' group by t.typname`,
  );
  for (const row of enumRows.rows) enums.set(row.name, row.labels);

  return { tables, enums };
}

/** Sequence names differ between databases that are otherwise equal; they are not drift. */
function normalizeDefault(expression: string | null): string | null {
  if (!expression) return null;
  if (/^nextval\(/.test(expression)) return "autoincrement()";
  return expression;
}
