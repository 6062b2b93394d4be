import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import { searchTenants, type TenantMatch } from "../tenants/search-tenants";

// The tenant picker beside the search box: a few tenants by name or slug, exact and prefix
// matches first. Picking one writes tenant:<slug> into the query text.

export type AuditTenantOption = TenantMatch;

export const TENANT_MATCH_LIMIT = 12;

export function findAuditTenants(options: ReadOptions & { text: string }): Promise<AuditTenantOption[]> {
  assertPermission(options.actor, "audit.search");
  return searchTenants(resolvePrisma(options), { text: options.text, limit: TENANT_MATCH_LIMIT });
}
