// The audit-log search language: parse, print and edit query text; compile it to SQL; search.
// Server code imports from here. Browser code imports parse-audit-query, edit-query or
// format-query directly: this barrel pulls in the search, which is server-only.
export type * from "./query-types";
export { parseAuditQuery } from "./parse-audit-query";
export { formatQuery, formatTerm, formatFieldValue } from "./format-query";
export { setTerm, removeTerm } from "./edit-query";
export { compileAuditQuery, type CompiledAuditQuery } from "./compile-audit-query";
export { searchAuditLogs, type AuditSearchOptions, type AuditSearchResult, type AuditSearchError } from "./search-audit-logs";
export { estimateAuditCount, type AuditCountEstimate } from "./estimate-audit-count";
export { encodeAuditCursor, decodeAuditCursor, type AuditCursor } from "./audit-cursor";
export type { AuditLogRow, AuditActorType } from "./audit-log-row";
