import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { containsPattern, prefixPattern } from "../data-table/list-source";

export type TenantMatch = { id: string; name: string; slug: string; status: string };

/**
 * Tenants for a picker, by name or slug: exact matches first, then prefixes, then the rest by
 * name. `blockedLast` sends suspended and cancelled tenants after the others.
 */
export function searchTenants(prisma: PrismaClient, options: { text: string; limit: number; blockedLast?: boolean }): Promise<TenantMatch[]> {
  const text = options.text.trim().slice(0, 100);
  const pattern = containsPattern(text);
  const prefix = prefixPattern(text);
  const blocked = options.blockedLast ? Prisma.sql`status IN ('suspended', 'cancelled'),` : Prisma.empty;
  return prisma.$queryRaw<TenantMatch[]>`
    SELECT id::text AS id, name, slug, status::text AS status FROM tenants
    WHERE ${text} = '' OR name ILIKE ${pattern} OR slug ILIKE ${pattern}
    ORDER BY (slug = lower(${text}) OR lower(name) = lower(${text})) DESC, (name ILIKE ${prefix} OR slug ILIKE ${prefix}) DESC,
      ${blocked} lower(name), id
    LIMIT ${options.limit}`;
}
