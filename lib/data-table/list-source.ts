import "server-only";
import { Prisma } from "../generated/prisma/client";
import { escapeLike } from "./escape-like";
import type { ListSpec } from "./list-spec";

// How one list reads PostgreSQL: the FROM clause, the select list, and an allowlisted SQL
// expression for every sort, facet and range the spec offers. Everything a caller sends is a
// bound parameter; only these expressions, written here in code, become SQL text.

export type FacetSource = {
  sql: Prisma.Sql;
  /** The PostgreSQL enum type, so `= ANY($1::type[])` can use the column's index and statistics. */
  enumType?: string;
  /** `sql` is an array (e.g. a key's scopes): a row matches when it holds any chosen value, and counts are per element. */
  array?: boolean;
};

export type ListSource<Row, S extends string = string> = {
  spec: ListSpec<S>;
  select: Prisma.Sql;
  from: Prisma.Sql;
  /** A unique column: the tie-breaker that makes paging stable. */
  id: Prisma.Sql;
  sorts: Record<S, Prisma.Sql>;
  /**
   * Sorts over NOT NULL columns. They are ordered without NULLS LAST, so a plain (col DESC) index
   * serves them in both directions; DESC NULLS LAST would make PostgreSQL sort the whole table.
   */
  notNullSorts?: readonly S[];
  facets: Record<string, FacetSource>;
  ranges: Record<string, Prisma.Sql>;
  search?: (text: string) => Prisma.Sql;
  mapRow: (raw: Record<string, unknown>) => Row;
};

export function defineListSource<Row, S extends string>(source: ListSource<Row, S>): ListSource<Row, S> {
  for (const key of source.spec.sorts) if (!source.sorts[key]) throw new Error(`${source.spec.id}: no SQL for sort "${key}".`);
  for (const key of Object.keys(source.spec.facets)) if (!source.facets[key]) throw new Error(`${source.spec.id}: no SQL for facet "${key}".`);
  for (const key of Object.keys(source.spec.ranges)) if (!source.ranges[key]) throw new Error(`${source.spec.id}: no SQL for range "${key}".`);
  if (source.spec.search && !source.search) throw new Error(`${source.spec.id}: the spec offers search but the source has none.`);
  return source;
}

/** A LIKE pattern that matches `text` literally anywhere: %, _ and \ in the text match themselves. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** The same, for values that start with `text`. */
export function prefixPattern(text: string): string {
  return `${escapeLike(text)}%`;
}

/** `(a ILIKE $1 OR b ILIKE $1 …)` for free-text search over a few columns. */
export function searchColumns(columns: Prisma.Sql[]): (text: string) => Prisma.Sql {
  return (text) => {
    const pattern = containsPattern(text);
    return Prisma.sql`(${Prisma.join(columns.map((column) => Prisma.sql`${column} ILIKE ${pattern}`), " OR ")})`;
  };
}
