import "server-only";
import { Prisma } from "../generated/prisma/client";
import { defineListSource, searchColumns } from "../data-table/list-source";
import type { ApiKeyCreator } from "./api-key-row";
import { apiKeyListSpec } from "./api-key-list-spec";
import { apiKeyStatusSql, type ApiKeyStatus } from "./api-key-status";

// One row per key with its tenant and creator. The hash is never selected: nothing a list, an
// export or a log line could leak.

export type ApiKeyListRow = {
  id: string;
  keyPrefix: string;
  name: string;
  tenant: { id: string; name: string; slug: string };
  scopes: string[];
  createdBy: ApiKeyCreator | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  status: ApiKeyStatus;
  createdAt: Date;
  updatedAt: Date;
};

const STATUS = apiKeyStatusSql("k");

export const apiKeyListSource = defineListSource<ApiKeyListRow, (typeof apiKeyListSpec.sorts)[number]>({
  spec: apiKeyListSpec,
  select: Prisma.sql`k.id::text AS id, k.key_prefix, k.name, k.scopes, k.expires_at, k.revoked_at, k.last_used_at,
    host(k.last_used_ip) AS last_used_ip, k.created_at, k.updated_at, ${STATUS} AS status,
    t.id::text AS tenant_id, t.name AS tenant_name, t.slug AS tenant_slug,
    cs.id::text AS staff_id, cs.name AS staff_name, cs.email AS staff_email,
    u.id::text AS user_id, u.name AS user_name, u.email AS user_email`,
  from: Prisma.sql`api_keys k
    JOIN tenants t ON t.id = k.tenant_id
    LEFT JOIN console_staff cs ON cs.id = k.created_by_staff_id
    LEFT JOIN users u ON u.id = k.created_by`,
  id: Prisma.sql`k.id`,
  sorts: {
    prefix: Prisma.sql`k.key_prefix`,
    name: Prisma.sql`lower(k.name)`,
    tenant: Prisma.sql`lower(t.name)`,
    lastUsed: Prisma.sql`k.last_used_at`,
    expires: Prisma.sql`k.expires_at`,
    status: STATUS,
    createdAt: Prisma.sql`k.created_at`,
  },
  facets: {
    status: { sql: STATUS },
    scope: { sql: Prisma.sql`k.scopes`, array: true },
  },
  ranges: { created: Prisma.sql`k.created_at`, expires: Prisma.sql`k.expires_at` },
  search: searchColumns([Prisma.sql`k.key_prefix`, Prisma.sql`k.name`, Prisma.sql`t.name`, Prisma.sql`t.slug`]),
  mapRow: (raw) => ({
    id: String(raw.id),
    keyPrefix: String(raw.key_prefix),
    name: String(raw.name),
    tenant: { id: String(raw.tenant_id), name: String(raw.tenant_name), slug: String(raw.tenant_slug) },
    scopes: (raw.scopes as string[] | null) ?? [],
    createdBy: creatorOf(raw),
    lastUsedAt: (raw.last_used_at as Date | null) ?? null,
    lastUsedIp: (raw.last_used_ip as string | null) ?? null,
    expiresAt: (raw.expires_at as Date | null) ?? null,
    revokedAt: (raw.revoked_at as Date | null) ?? null,
    status: raw.status as ApiKeyStatus,
    createdAt: raw.created_at as Date,
    updatedAt: raw.updated_at as Date,
  }),
});

// A key made in the console names the staff member; one made in the product names the user.
function creatorOf(raw: Record<string, unknown>): ApiKeyCreator | null {
  if (raw.staff_id) return { kind: "staff", id: String(raw.staff_id), name: (raw.staff_name as string | null) ?? null, email: String(raw.staff_email) };
  if (raw.user_id) return { kind: "user", id: String(raw.user_id), name: (raw.user_name as string | null) ?? null, email: String(raw.user_email) };
  return null;
}

/** The fixed conditions for a list (or export) narrowed to one tenant (`?tenant=<id>`); none for every tenant. */
export function apiKeyListScope(tenantId: string | null | undefined): Prisma.Sql[] {
  return tenantId ? [Prisma.sql`k.tenant_id = ${tenantId}::uuid`] : [];
}
