import "server-only";
import { containsPattern } from "../data-table/list-source";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";

// The tenant picker beside the search box: a few tenants by name or slug, exact and prefix
// matches first. Picking one writes tenant:<slug> into the query text.

export type AuditTenantOption = { id: string; name: string; slug: string; status: string };

export const TENANT_MATCH_LIMIT = 12;

export async function findAuditTenants(options: ReadOptions & { text: string }): Promise<AuditTenantOption[]> {
  assertPermission(options.actor, "audit.search");
  const text = options.text.trim().slice(0, 100);
  const pattern = containsPattern(text);
  const prefix = `${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  return resolvePrisma(options).$queryRaw<AuditTenantOption[]>`
    SELECT id::text AS id, name, slug, status::text AS status FROM tenants
    WHERE ${text} = '' OR name ILIKE ${pattern} OR slug ILIKE ${pattern}
    ORDER BY (slug = lower(${text}) OR lower(name) = lower(${text})) DESC, (name ILIKE ${prefix} OR slug ILIKE ${prefix}) DESC, lower(name), id
    LIMIT ${TENANT_MATCH_LIMIT}`;
}
