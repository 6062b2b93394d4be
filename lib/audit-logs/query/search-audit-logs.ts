import "server-only";
import type pg from "pg";
import { decodeAuditCursor, encodeAuditCursor } from "./audit-cursor";
import { AUDIT_LOG_BASE_COLUMNS, AUDIT_LOG_COLUMNS, toAuditLogRow, type AuditLogRow, type AuditLogSqlRow } from "./audit-log-row";
import { compileAuditQuery, tenantSlugsOf, type CompiledAuditQuery } from "./compile-audit-query";
import { parseAuditQuery } from "./parse-audit-query";

export const DEFAULT_SEARCH_LIMIT = 50;
export const MAX_SEARCH_LIMIT = 200;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000;

export type AuditSearchOptions = {
  query: string;
  cursor?: string | null;
  limit?: number;
  now?: Date;
  statementTimeoutMs?: number;
  /**
   * The connection already runs read-only under the search timeout (the audit search pool's
   * connections do): the search is then one round trip, with no transaction around it.
   */
  sessionLimits?: boolean;
};

export type AuditSearchError =
  | { code: "syntax"; message: string; position: number; length: number }
  | { code: "invalid_cursor"; message: string }
  | { code: "too_broad"; message: string };

export type AuditSearchResult =
  | { ok: true; rows: AuditLogRow[]; nextCursor: string | null; highlights: string[] }
  | { ok: false; error: AuditSearchError };

export const TOO_BROAD: AuditSearchError = {
  code: "too_broad",
  message: "This search is too broad to finish in time: narrow the time range or add a tenant.",
};
export const INVALID_CURSOR: AuditSearchError = {
  code: "invalid_cursor",
  message: "This link to more results is damaged or out of date: run the search again from the first page.",
};

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_SEARCH_LIMIT;
  return Math.min(MAX_SEARCH_LIMIT, Math.max(1, Math.floor(limit)));
}

function clampTimeout(ms: number | undefined): number {
  if (ms === undefined || !Number.isFinite(ms)) return DEFAULT_STATEMENT_TIMEOUT_MS;
  return Math.max(1, Math.floor(ms));
}

export function isStatementTimeout(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "57014";
}

/** The page query: the inner select walks (created_at, id) newest first and stops at limit + 1. */
export function buildAuditPageSql(compiled: Pick<CompiledAuditQuery, "where" | "params">, keyset: boolean): string {
  const n = compiled.params.length;
  const after = keyset ? ` AND (created_at, id) < ($${n + 1}::timestamptz, $${n + 2}::bigint)` : "";
  const limit = `$${n + (keyset ? 3 : 1)}`;
  return `SELECT ${AUDIT_LOG_COLUMNS}
    FROM (SELECT ${AUDIT_LOG_BASE_COLUMNS} FROM audit_logs
           WHERE (${compiled.where})${after}
           ORDER BY created_at DESC, id DESC
           LIMIT ${limit}) a
    LEFT JOIN tenants t ON t.id = a.tenant_id
   ORDER BY a.created_at DESC, a.id DESC`;
}

export const TENANT_SLUGS_SQL = "SELECT slug, id::text AS id FROM tenants WHERE slug = ANY($1::text[])";

/** Each slug's tenant id, or null when no tenant has it. */
export async function resolveTenantSlugs(client: pg.ClientBase, slugs: string[]): Promise<Map<string, string | null>> {
  const ids = new Map<string, string | null>(slugs.map((slug) => [slug, null]));
  if (slugs.length === 0) return ids;
  const { rows } = await client.query<{ slug: string; id: string }>(TENANT_SLUGS_SQL, [slugs]);
  for (const row of rows) ids.set(row.slug, row.id);
  return ids;
}

export type PreparedAuditSearch = {
  /** Tenant slugs looked up (TENANT_SLUGS_SQL) before the page query, so its plan sees the tenant. */
  slugs: string[];
  sql: string;
  params: unknown[];
  limit: number;
  compiled: CompiledAuditQuery;
};

type Prepared = { ok: true; search: PreparedAuditSearch } | { ok: false; error: AuditSearchError };

/** The statements one page takes, exactly as the search sends them (the benchmark replays them). */
export async function prepareAuditSearch(client: pg.ClientBase, options: Pick<AuditSearchOptions, "query" | "cursor" | "limit" | "now">): Promise<Prepared> {
  const parsed = parseAuditQuery(options.query);
  if (!parsed.ok) return { ok: false, error: { code: "syntax", ...parsed.error } };
  const cursor = options.cursor ? decodeAuditCursor(options.cursor) : null;
  if (options.cursor && !cursor) return { ok: false, error: INVALID_CURSOR };
  const slugs = tenantSlugsOf(parsed.query);
  const tenantIds = await resolveTenantSlugs(client, slugs);
  const compiled = compileAuditQuery(parsed.query, { now: options.now, tenantIds });
  const limit = clampLimit(options.limit);
  const params = [...compiled.params, ...(cursor ? [cursor.createdAt, cursor.id] : []), limit + 1];
  return { ok: true, search: { slugs, sql: buildAuditPageSql(compiled, cursor !== null), params, limit, compiled } };
}

async function runPage(client: pg.ClientBase, options: AuditSearchOptions): Promise<AuditSearchResult> {
  const prepared = await prepareAuditSearch(client, options);
  if (!prepared.ok) return prepared;
  const { sql, params, limit, compiled } = prepared.search;
  const { rows } = await client.query<AuditLogSqlRow>(sql, params);
  const page = rows.slice(0, limit).map(toAuditLogRow);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeAuditCursor({ createdAt: last.createdAt, id: last.id }) : null;
  return { ok: true, rows: page, nextCursor, highlights: compiled.highlights };
}

/**
 * Searches the audit trail newest first, one keyset page at a time, read-only and under a
 * statement timeout. Syntax errors, bad cursors and timeouts come back as sentences; only
 * unexpected database errors throw. Without `sessionLimits` the search runs in its own read-only
 * transaction with SET LOCAL statement_timeout, so the client must not already be in one.
 */
export async function searchAuditLogs(client: pg.ClientBase, options: AuditSearchOptions): Promise<AuditSearchResult> {
  if (options.sessionLimits && options.statementTimeoutMs === undefined) {
    try {
      return await runPage(client, options);
    } catch (error) {
      if (isStatementTimeout(error)) return { ok: false, error: TOO_BROAD };
      throw error;
    }
  }
  // Syntax errors and bad cursors are answered without a transaction.
  const parsed = parseAuditQuery(options.query);
  if (!parsed.ok) return { ok: false, error: { code: "syntax", ...parsed.error } };
  if (options.cursor && !decodeAuditCursor(options.cursor)) return { ok: false, error: INVALID_CURSOR };

  await client.query("BEGIN READ ONLY");
  try {
    await client.query("SELECT set_config('statement_timeout', $1, true)", [String(clampTimeout(options.statementTimeoutMs))]);
    const result = await runPage(client, options);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    // A failed ROLLBACK means the connection is gone; the original error says more.
    await client.query("ROLLBACK").catch(() => undefined);
    if (isStatementTimeout(error)) return { ok: false, error: TOO_BROAD };
    throw error;
  }
}
