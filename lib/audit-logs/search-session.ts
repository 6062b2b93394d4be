import { DEFAULT_STATEMENT_TIMEOUT_MS } from "./query/search-audit-logs";

// How every audit search connection is set up, in the console's pool and in the benchmark alike:
// read-only and under the search timeout from the moment it connects, so that a search is one
// round trip (no BEGIN, SET LOCAL, COMMIT around it). Two planner settings, for these sessions
// only (docs/decisions/009): random_page_cost 1.1, because the audit table's recent pages are
// cached or on SSD and the default 4.0 makes a tenant's own index look dearer than scanning every
// tenant in time order; and no parallel workers, so that one search takes at most one core.

export const AUDIT_SEARCH_APPLICATION = "agent-factory-console:audit-search";

export function auditSearchSessionConfig() {
  return {
    statement_timeout: DEFAULT_STATEMENT_TIMEOUT_MS,
    options: "-c default_transaction_read_only=on -c random_page_cost=1.1 -c max_parallel_workers_per_gather=0",
    application_name: AUDIT_SEARCH_APPLICATION,
  };
}
