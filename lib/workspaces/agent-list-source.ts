import "server-only";
import { Prisma } from "../generated/prisma/client";
import { defineListSource, searchColumns } from "../data-table/list-source";
import { agentListSpec } from "./agent-list-spec";

export type AgentListRow = {
  id: string;
  name: string;
  tenant: { id: string; name: string };
  project: { id: string; name: string } | null;
  status: string;
  model: string;
  createdBy: string | null;
  createdAt: Date;
};

const FROM = Prisma.sql`agents a
  JOIN tenants t ON t.id = a.tenant_id
  LEFT JOIN projects p ON p.id = a.project_id
  LEFT JOIN users u ON u.id = a.created_by`;

export const agentListSource = defineListSource<AgentListRow, (typeof agentListSpec.sorts)[number]>({
  spec: agentListSpec,
  select: Prisma.sql`a.id::text AS id, a.name, a.tenant_id::text AS tenant_id, t.name AS tenant_name, a.project_id::text AS project_id,
    p.name AS project_name, a.status::text AS status, a.model, u.email AS created_by, a.created_at`,
  from: FROM,
  id: Prisma.sql`a.id`,
  sorts: {
    name: Prisma.sql`lower(a.name)`,
    tenant: Prisma.sql`lower(t.name)`,
    status: Prisma.sql`a.status`,
    model: Prisma.sql`a.model`,
    createdAt: Prisma.sql`a.created_at`,
  },
  facets: { status: { sql: Prisma.sql`a.status`, enumType: "agent_status" } },
  ranges: { created: Prisma.sql`a.created_at` },
  search: searchColumns([Prisma.sql`a.name`, Prisma.sql`a.model`, Prisma.sql`t.name`, Prisma.sql`t.slug`]),
  mapRow: (raw) => ({
    id: String(raw.id),
    name: String(raw.name),
    tenant: { id: String(raw.tenant_id), name: String(raw.tenant_name) },
    project: raw.project_id ? { id: String(raw.project_id), name: String(raw.project_name) } : null,
    status: String(raw.status),
    model: String(raw.model),
    createdBy: (raw.created_by as string | null) ?? null,
    createdAt: raw.created_at as Date,
  }),
});

export function agentTenantScope(tenantId: string): Prisma.Sql[] {
  return [Prisma.sql`a.tenant_id = ${tenantId}::uuid`];
}
