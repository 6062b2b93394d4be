import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { ListParams } from "./list-params";
import type { ListSource } from "./list-source";

// One contract for every list: validated params in, { rows, total, facets } out. No page pays
// for COUNT(*) over millions of rows: counting stops at EXACT_COUNT_CAP and the planner's
// estimate ("about 2.1 M") stands in beyond it.

export const EXACT_COUNT_CAP = 10_000;

export type ListTotal = { count: number; exact: boolean };
export type FacetCount = { value: string; count: number; exact: boolean };

export type ListResult<Row> = {
  rows: Row[];
  total: ListTotal;
  page: number;
  pageSize: number;
  hasNextPage: boolean;
  facets: Record<string, FacetCount[]>;
};

type Client = Pick<PrismaClient, "$queryRaw">;

/** The WHERE conditions for `params`, leaving out one facet's own filter when asked (for its counts). */
export function buildConditions<Row>(source: ListSource<Row>, params: ListParams, withoutFacet?: string): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (params.q && source.search) conditions.push(source.search(params.q));
  for (const [key, values] of Object.entries(params.facets)) {
    const facet = source.facets[key];
    if (!facet || key === withoutFacet || values.length === 0) continue;
    conditions.push(
      facet.array
        ? Prisma.sql`${facet.sql}::text[] && ${values}::text[]`
        : facet.enumType
          ? Prisma.sql`${facet.sql} = ANY(${values}::${Prisma.raw(facet.enumType)}[])`
          : Prisma.sql`${facet.sql}::text = ANY(${values}::text[])`,
    );
  }
  for (const [key, range] of Object.entries(params.ranges)) {
    const column = source.ranges[key];
    const kind = source.spec.ranges[key]?.kind;
    if (!column || !kind) continue;
    if (range.from) conditions.push(kind === "date" ? Prisma.sql`${column} >= ${startOfDay(range.from)}` : Prisma.sql`${column} >= ${range.from}::numeric`);
    // A date range includes its last day: everything before the next midnight (UTC).
    if (range.to) conditions.push(kind === "date" ? Prisma.sql`${column} < ${startOfDay(range.to, 1)}` : Prisma.sql`${column} <= ${range.to}::numeric`);
  }
  return conditions;
}

function startOfDay(day: string, plusDays = 0): Date {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date;
}

export function whereClause(conditions: Prisma.Sql[], extra: Prisma.Sql[] = []): Prisma.Sql {
  const all = [...extra, ...conditions];
  return all.length === 0 ? Prisma.empty : Prisma.sql`WHERE ${Prisma.join(all, " AND ")}`;
}

export function orderClause<Row>(source: ListSource<Row>, params: ListParams): Prisma.Sql {
  const direction = Prisma.raw(params.sort.desc ? "DESC" : "ASC");
  const id = source.sorts[params.sort.id] ? params.sort.id : source.spec.defaultSort.id;
  const nulls = Prisma.raw(source.notNullSorts?.includes(id) ? "" : " NULLS LAST");
  return Prisma.sql`ORDER BY ${source.sorts[id]} ${direction}${nulls}, ${source.id} ${direction}`;
}

export async function runListQuery<Row>(
  prisma: Client,
  source: ListSource<Row>,
  params: ListParams,
  options: { scope?: Prisma.Sql[] } = {},
): Promise<ListResult<Row>> {
  const scope = options.scope ?? [];
  const where = whereClause(buildConditions(source, params), scope);
  const offset = (params.page - 1) * params.pageSize;

  const rowsPromise = prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT ${source.select} FROM ${source.from} ${where} ${orderClause(source, params)}
    LIMIT ${params.pageSize + 1} OFFSET ${offset}`;
  const totalPromise = countMatching(prisma, source, where);
  const [raw, total, facets] = await Promise.all([rowsPromise, totalPromise, countFacets(prisma, source, params, scope, totalPromise)]);
  return {
    rows: raw.slice(0, params.pageSize).map(source.mapRow),
    total,
    page: params.page,
    pageSize: params.pageSize,
    hasNextPage: raw.length > params.pageSize,
    facets,
  };
}

/** Exact up to the cap; beyond it, the planner's estimate (never below the cap it passed). */
async function countMatching<Row>(prisma: Client, source: ListSource<Row>, where: Prisma.Sql): Promise<ListTotal> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM ${source.from} ${where} LIMIT ${EXACT_COUNT_CAP + 1}) capped`;
  const capped = row?.n ?? 0;
  if (capped <= EXACT_COUNT_CAP) return { count: capped, exact: true };
  const estimate = await estimateRows(prisma, Prisma.sql`SELECT 1 FROM ${source.from} ${where}`);
  return { count: Math.max(estimate, EXACT_COUNT_CAP + 1), exact: false };
}

async function estimateRows(prisma: Client, query: Prisma.Sql): Promise<number> {
  const [plan] = await prisma.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`EXPLAIN (FORMAT JSON) ${query}`;
  return Math.round(plan?.["QUERY PLAN"][0]?.Plan["Plan Rows"] ?? 0);
}

/**
 * Counts per facet value under every other filter (so ticking "active" does not hide the other
 * statuses' counts). Exact when the rows involved are under the cap; otherwise estimated per
 * value for closed sets, and left out for open ones rather than scanning millions of rows.
 */
async function countFacets<Row>(prisma: Client, source: ListSource<Row>, params: ListParams, scope: Prisma.Sql[], total: Promise<ListTotal>) {
  const entries = await Promise.all(
    Object.entries(source.spec.facets).map(async ([key, spec]) => {
      const facet = source.facets[key]!;
      const where = whereClause(buildConditions(source, params, key), scope);
      // A facet with no filter of its own counts over the list's own rows: that total is known.
      const involved = await (params.facets[key]?.length ? countMatching(prisma, source, where) : total);
      if (involved.exact) {
        const rows = await prisma.$queryRaw<{ value: string | null; n: number }[]>`
          SELECT ${facet.array ? Prisma.sql`unnest(${facet.sql})` : facet.sql}::text AS value, count(*)::int AS n FROM ${source.from} ${where} GROUP BY 1 ORDER BY 2 DESC LIMIT 200`;
        return [key, rows.filter((row) => row.value !== null).map((row) => ({ value: row.value!, count: row.n, exact: true }))] as const;
      }
      if (!spec.options || !facet.enumType) return [key, []] as const;
      const counts = await Promise.all(
        spec.options.map(async (option) => {
          const narrowed = whereClause([...buildConditions(source, params, key), Prisma.sql`${facet.sql} = ${option.value}::${Prisma.raw(facet.enumType!)}`], scope);
          return { value: option.value, count: await estimateRows(prisma, Prisma.sql`SELECT 1 FROM ${source.from} ${narrowed}`), exact: false };
        }),
      );
      return [key, counts] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<string, FacetCount[]>;
}
