import "server-only";
import { Prisma } from "../generated/prisma/client";
import { defineListSource, searchColumns } from "../data-table/list-source";
import { workflowListSpec } from "./workflow-list-spec";

export type WorkflowListRow = {
  id: string;
  name: string;
  tenant: { id: string; name: string };
  project: { id: string; name: string } | null;
  status: string;
  createdBy: string | null;
  createdAt: Date;
};

const FROM = Prisma.sql`workflows w
  JOIN tenants t ON t.id = w.tenant_id
  LEFT JOIN projects p ON p.id = w.project_id
  LEFT JOIN users u ON u.id = w.created_by`;

export const workflowListSource = defineListSource<WorkflowListRow, (typeof workflowListSpec.sorts)[number]>({
  spec: workflowListSpec,
  select: Prisma.sql`w.id::text AS id, w.name, w.tenant_id::text AS tenant_id, t.name AS tenant_name, w.project_id::text AS project_id,
    p.name AS project_name, w.status::text AS status, u.email AS created_by, w.created_at`,
  from: FROM,
  id: Prisma.sql`w.id`,
  sorts: {
    name: Prisma.sql`lower(w.name)`,
    tenant: Prisma.sql`lower(t.name)`,
    status: Prisma.sql`w.status`,
    createdAt: Prisma.sql`w.created_at`,
  },
  facets: { status: { sql: Prisma.sql`w.status`, enumType: "workflow_status" } },
  ranges: { created: Prisma.sql`w.created_at` },
  search: searchColumns([Prisma.sql`w.name`, Prisma.sql`t.name`, Prisma.sql`t.slug`]),
  mapRow: (raw) => ({
    id: String(raw.id),
    name: String(raw.name),
    tenant: { id: String(raw.tenant_id), name: String(raw.tenant_name) },
    project: raw.project_id ? { id: String(raw.project_id), name: String(raw.project_name) } : null,
    status: String(raw.status),
    createdBy: (raw.created_by as string | null) ?? null,
    createdAt: raw.created_at as Date,
  }),
});

export function workflowTenantScope(tenantId: string): Prisma.Sql[] {
  return [Prisma.sql`w.tenant_id = ${tenantId}::uuid`];
}
