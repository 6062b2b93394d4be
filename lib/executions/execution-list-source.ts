import "server-only";
import { Prisma } from "../generated/prisma/client";
import { defineListSource, searchColumns } from "../data-table/list-source";
import { executionListSpec } from "./execution-list-spec";

export type ExecutionListRow = {
  id: string;
  tenant: { id: string; name: string };
  type: string;
  agent: { id: string; name: string } | null;
  workflow: { id: string; name: string } | null;
  status: string;
  startedAt: Date | null;
  completedAt: Date | null;
  durationMs: number | null;
  tokens: number;
  /** Decimal as a string with up to six places, e.g. "0.007500". */
  cost: string;
  currency: string;
  errorMessage: string | null;
  createdAt: Date;
};

// Agents and workflows are joined on their primary keys, so a page of 25 rows costs 25 lookups
// each; the executions index that serves the order drives the plan.
const FROM = Prisma.sql`executions e
  JOIN tenants t ON t.id = e.tenant_id
  LEFT JOIN agents a ON a.id = e.agent_id
  LEFT JOIN workflows w ON w.id = e.workflow_id`;

export const executionListSource = defineListSource<ExecutionListRow, (typeof executionListSpec.sorts)[number]>({
  spec: executionListSpec,
  select: Prisma.sql`e.id::text AS id, e.tenant_id::text AS tenant_id, t.name AS tenant_name, e.execution_type::text AS execution_type,
    e.status::text AS status, e.agent_id::text AS agent_id, a.name AS agent_name, e.workflow_id::text AS workflow_id, w.name AS workflow_name,
    e.started_at, e.completed_at, e.duration_ms, e.tokens_used, e.cost::text AS cost, e.currency, e.error_message, e.created_at`,
  from: FROM,
  id: Prisma.sql`e.id`,
  sorts: { createdAt: Prisma.sql`e.created_at` },
  notNullSorts: ["createdAt"],
  facets: {
    type: { sql: Prisma.sql`e.execution_type`, enumType: "execution_type" },
    status: { sql: Prisma.sql`e.status`, enumType: "execution_status" },
  },
  ranges: { created: Prisma.sql`e.created_at`, duration: Prisma.sql`e.duration_ms`, cost: Prisma.sql`e.cost` },
  search: searchColumns([Prisma.sql`t.name`, Prisma.sql`t.slug`, Prisma.sql`a.name`, Prisma.sql`w.name`, Prisma.sql`e.error_message`]),
  mapRow: (raw) => ({
    id: String(raw.id),
    tenant: { id: String(raw.tenant_id), name: String(raw.tenant_name) },
    type: String(raw.execution_type),
    agent: raw.agent_id ? { id: String(raw.agent_id), name: String(raw.agent_name) } : null,
    workflow: raw.workflow_id ? { id: String(raw.workflow_id), name: String(raw.workflow_name) } : null,
    status: String(raw.status),
    startedAt: (raw.started_at as Date | null) ?? null,
    completedAt: (raw.completed_at as Date | null) ?? null,
    durationMs: raw.duration_ms === null ? null : Number(raw.duration_ms),
    tokens: Number(raw.tokens_used),
    cost: String(raw.cost),
    currency: String(raw.currency).trim(),
    errorMessage: (raw.error_message as string | null) ?? null,
    createdAt: raw.created_at as Date,
  }),
});

/** One tenant's executions; (tenant_id, created_at) serves the default order. */
export function executionTenantScope(tenantId: string): Prisma.Sql[] {
  return [Prisma.sql`e.tenant_id = ${tenantId}::uuid`];
}
