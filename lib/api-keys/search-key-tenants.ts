import "server-only";
import { containsPattern } from "../data-table/list-source";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";

// The create form's tenant picker: a few matches by name or slug, best first. Suspended and
// cancelled tenants are listed too, marked, so the admin learns why they cannot get a key.

export type KeyTenantOption = { id: string; name: string; slug: string; status: string; canIssueKeys: boolean };

export const KEY_TENANT_MATCH_LIMIT = 20;

export async function searchKeyTenants(options: ReadOptions & { query: string }): Promise<KeyTenantOption[]> {
  assertPermission(options.actor, "api_keys.manage");
  const text = options.query.trim().slice(0, 100);
  const pattern = containsPattern(text);
  const prefix = `${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const rows = await resolvePrisma(options).$queryRaw<{ id: string; name: string; slug: string; status: string }[]>`
    SELECT id::text AS id, name, slug, status::text AS status FROM tenants
    WHERE ${text} = '' OR name ILIKE ${pattern} OR slug ILIKE ${pattern}
    ORDER BY (slug = lower(${text}) OR lower(name) = lower(${text})) DESC, (name ILIKE ${prefix} OR slug ILIKE ${prefix}) DESC,
      status IN ('suspended', 'cancelled'), lower(name), id
    LIMIT ${KEY_TENANT_MATCH_LIMIT}`;
  return rows.map((row) => ({ ...row, canIssueKeys: row.status !== "suspended" && row.status !== "cancelled" }));
}
