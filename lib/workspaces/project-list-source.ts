import "server-only";
import { Prisma } from "../generated/prisma/client";
import { defineListSource, searchColumns } from "../data-table/list-source";
import { projectListSpec } from "./project-list-spec";

export type ProjectListRow = {
  id: string;
  name: string;
  description: string | null;
  tenant: { id: string; name: string };
  agents: number;
  workflows: number;
  createdBy: string | null;
  createdAt: Date;
};

// The counts are per page row (LATERAL over the project_id indexes), so they cost 2 × 25 index
// lookups however many projects there are.
const FROM = Prisma.sql`projects p
  JOIN tenants t ON t.id = p.tenant_id
  LEFT JOIN users u ON u.id = p.created_by`;

export const projectListSource = defineListSource<ProjectListRow, (typeof projectListSpec.sorts)[number]>({
  spec: projectListSpec,
  select: Prisma.sql`p.id::text AS id, p.name, p.description, p.tenant_id::text AS tenant_id, t.name AS tenant_name, u.email AS created_by,
    p.created_at,
    (SELECT count(*)::int FROM agents a WHERE a.project_id = p.id) AS agents,
    (SELECT count(*)::int FROM workflows w WHERE w.project_id = p.id) AS workflows`,
  from: FROM,
  id: Prisma.sql`p.id`,
  sorts: { name: Prisma.sql`lower(p.name)`, tenant: Prisma.sql`lower(t.name)`, createdAt: Prisma.sql`p.created_at` },
  facets: {},
  ranges: { created: Prisma.sql`p.created_at` },
  search: searchColumns([Prisma.sql`p.name`, Prisma.sql`t.name`, Prisma.sql`t.slug`]),
  mapRow: (raw) => ({
    id: String(raw.id),
    name: String(raw.name),
    description: (raw.description as string | null) ?? null,
    tenant: { id: String(raw.tenant_id), name: String(raw.tenant_name) },
    agents: Number(raw.agents),
    workflows: Number(raw.workflows),
    createdBy: (raw.created_by as string | null) ?? null,
    createdAt: raw.created_at as Date,
  }),
});

export function projectTenantScope(tenantId: string): Prisma.Sql[] {
  return [Prisma.sql`p.tenant_id = ${tenantId}::uuid`];
}
