import "server-only";
import type pg from "pg";
import { describeDatabaseError } from "../errors/describe-database-error";
import { errorLogLine } from "../errors/error-log-line";
import { estimateAuditSearch } from "./estimate-audit-search";
import { listAuditFacets, type AuditFacets } from "./list-audit-facets";
import type { AuditCountEstimate } from "./query/estimate-audit-count";
import { searchAuditLogs, type AuditSearchError, type AuditSearchResult } from "./query/search-audit-logs";
import { withAuditSearchClient } from "./search-pool";
import { BUSY_SENTENCE, tryAcquireSearchSlot } from "./search-slots";

// Searches as a staff member runs them from the console: within their share of searches in
// flight, on the audit search pool, with database failures as sentences rather than a 500.

export type StaffSearchError = AuditSearchError | { code: "busy"; message: string } | { code: "database"; message: string };
export type StaffSearchResult = Extract<AuditSearchResult, { ok: true }> | { ok: false; error: StaffSearchError };

const BUSY = { ok: false, error: { code: "busy", message: BUSY_SENTENCE } } as const;

/** A known database failure becomes a sentence; anything else is a bug and is thrown. */
function databaseFailure(error: unknown): { ok: false; error: StaffSearchError } {
  const problem = describeDatabaseError(error);
  if (problem.code === "unknown") throw error;
  console.error(`[audit-search] ${problem.code}: ${errorLogLine(error)}`);
  return { ok: false, error: { code: "database", message: problem.sentence } };
}

async function onPool<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T | { ok: false; error: StaffSearchError }> {
  try {
    return await withAuditSearchClient(work);
  } catch (error) {
    return databaseFailure(error);
  }
}

export type SearchRequest = { staffId: string; query: string; cursor?: string | null; now: Date };

/** One page of results ("load more" asks for the next one with its cursor). */
export async function searchAsStaff(request: SearchRequest): Promise<StaffSearchResult> {
  const release = tryAcquireSearchSlot(request.staffId);
  if (!release) return BUSY;
  try {
    return await onPool((client) => searchAuditLogs(client, { query: request.query, cursor: request.cursor, now: request.now, sessionLimits: true }));
  } finally {
    release();
  }
}

export type SearchPagePromises = {
  results: Promise<StaffSearchResult>;
  estimate: Promise<AuditCountEstimate | null>;
  facets: Promise<AuditFacets | { ok: false; reason: "busy" | "database" }>;
};

/**
 * What the page needs for a search, started at once and settling independently (each on its own
 * pooled connection), so the rows show without waiting for the counts. Together they count as
 * one search in flight.
 */
export function startSearchPage(request: Omit<SearchRequest, "cursor">): SearchPagePromises {
  const release = tryAcquireSearchSlot(request.staffId);
  if (!release) {
    return { results: Promise.resolve(BUSY), estimate: Promise.resolve(null), facets: Promise.resolve({ ok: false, reason: "busy" }) };
  }
  const results = onPool((client) => searchAuditLogs(client, { query: request.query, now: request.now, sessionLimits: true }));
  const estimate = onPool((client) => estimateAuditSearch(client, request)).then((value) => (value && "ok" in value ? null : value));
  const facets = onPool((client) => listAuditFacets(client, request)).then((value): AuditFacets | { ok: false; reason: "database" } =>
    "error" in value ? { ok: false, reason: "database" } : value,
  );
  void Promise.allSettled([results, estimate, facets]).then(release);
  return { results, estimate, facets };
}
