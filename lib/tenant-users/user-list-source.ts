import "server-only";
import { Prisma } from "../generated/prisma/client";
import { defineListSource, searchColumns } from "../data-table/list-source";
import { userListSpec } from "./user-list-spec";

export type UserListRow = {
  id: string;
  email: string;
  name: string | null;
  tenant: { id: string; name: string };
  role: string;
  isActive: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  /** Sent back by disable/enable, so a change made meanwhile is refused instead of overwritten. */
  updatedAt: Date;
};

export const userListSource = defineListSource<UserListRow, (typeof userListSpec.sorts)[number]>({
  spec: userListSpec,
  select: Prisma.sql`u.id::text AS id, u.email, u.name, u.tenant_id::text AS tenant_id, t.name AS tenant_name, u.role::text AS role,
    u.is_active, u.last_login_at, u.created_at, u.updated_at`,
  from: Prisma.sql`users u JOIN tenants t ON t.id = u.tenant_id`,
  id: Prisma.sql`u.id`,
  sorts: {
    email: Prisma.sql`u.email`,
    name: Prisma.sql`lower(u.name)`,
    tenant: Prisma.sql`lower(t.name)`,
    role: Prisma.sql`u.role`,
    lastLoginAt: Prisma.sql`u.last_login_at`,
    createdAt: Prisma.sql`u.created_at`,
  },
  facets: {
    role: { sql: Prisma.sql`u.role`, enumType: "user_role" },
    active: { sql: Prisma.sql`u.is_active` },
  },
  ranges: { created: Prisma.sql`u.created_at` },
  search: searchColumns([Prisma.sql`u.email`, Prisma.sql`u.name`, Prisma.sql`t.name`, Prisma.sql`t.slug`]),
  mapRow: (raw) => ({
    id: String(raw.id),
    email: String(raw.email),
    name: (raw.name as string | null) ?? null,
    tenant: { id: String(raw.tenant_id), name: String(raw.tenant_name) },
    role: String(raw.role),
    isActive: Boolean(raw.is_active),
    lastLoginAt: (raw.last_login_at as Date | null) ?? null,
    createdAt: raw.created_at as Date,
    updatedAt: raw.updated_at as Date,
  }),
});

export function userTenantScope(tenantId: string): Prisma.Sql[] {
  return [Prisma.sql`u.tenant_id = ${tenantId}::uuid`];
}
