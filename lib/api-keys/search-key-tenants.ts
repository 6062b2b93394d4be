import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import { searchTenants } from "../tenants/search-tenants";

// The create form's tenant picker: a few matches by name or slug, best first. Suspended and
// cancelled tenants are listed too, marked, so the admin learns why they cannot get a key.

export type KeyTenantOption = { id: string; name: string; slug: string; status: string; canIssueKeys: boolean };

export const KEY_TENANT_MATCH_LIMIT = 20;

export async function searchKeyTenants(options: ReadOptions & { query: string }): Promise<KeyTenantOption[]> {
  assertPermission(options.actor, "api_keys.manage");
  const rows = await searchTenants(resolvePrisma(options), { text: options.query, limit: KEY_TENANT_MATCH_LIMIT, blockedLast: true });
  return rows.map((row) => ({ ...row, canIssueKeys: row.status !== "suspended" && row.status !== "cancelled" }));
}
