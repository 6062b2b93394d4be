import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { insertAdminSession, useStaffDatabase } from "../staff/staff-test-kit";
import { queryValue, runSql } from "../testing/sql";
import { paramsOf } from "../workspaces/browse-test-kit";
import { executionListSpec } from "./execution-list-spec";
import { listExecutions } from "./list-executions";

vi.mock("server-only", () => ({}));

const ROWS = 1_000_000;

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

/** A client that runs every query listExecutions sends and keeps it, so the test can EXPLAIN the real SQL. */
function recordingClient(prisma: PrismaClient) {
  const queries: Prisma.Sql[] = [];
  const $queryRaw = ((strings: TemplateStringsArray, ...values: unknown[]) => {
    const query = Prisma.sql(strings, ...(values as Prisma.Sql[]));
    queries.push(query);
    return prisma.$queryRaw(query);
  }) as PrismaClient["$queryRaw"];
  return { queries, client: { $queryRaw } as unknown as PrismaClient };
}

// A million rows take half a minute on a PostgreSQL server and far longer in the embedded one.
describe.skipIf(inject("testServerKind") === "embedded")("the executions list on a million rows", () => {
  const db = useStaffDatabase();
  let tenantId: string;

  beforeAll(async () => {
    // Sequential execution ids append to the primary key, which keeps the million inserts quick.
    await runSql(db.url, `
      INSERT INTO tenants (id, name, slug, status, updated_at)
        SELECT gen_random_uuid(), 'Tenant ' || g, 'tenant-' || g, 'active', now() FROM generate_series(1, 200) g;
      INSERT INTO agents (id, tenant_id, name, model, status, updated_at)
        SELECT gen_random_uuid(), t.id, 'Agent ' || g || ' of ' || t.slug, 'gpt-test', 'active', now() FROM tenants t, generate_series(1, 5) g;
      INSERT INTO executions (id, tenant_id, agent_id, execution_type, status, duration_ms, tokens_used, cost, created_at, updated_at)
        SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, (a.tenants)[1 + g % 1000], (a.ids)[1 + g % 1000], 'agent',
          (ARRAY['completed', 'completed', 'completed', 'failed', 'running', 'timeout'])[1 + g % 6]::execution_status,
          g % 50000, g % 9000, (g % 1000) / 10000.0, timestamptz '2026-01-01' + g * interval '1 second', now()
        FROM generate_series(1, ${ROWS}) g,
          (SELECT array_agg(id ORDER BY id) AS ids, array_agg(tenant_id ORDER BY id) AS tenants FROM agents) a;
      ANALYZE;`);
    tenantId = await queryValue<string>(db.url, "SELECT tenant_id::text AS value FROM executions LIMIT 1");
  });

  async function pagePlan(query: string, scopedTo?: string): Promise<PlanNode[]> {
    const actor = await insertAdminSession(db.prisma);
    const { queries, client } = recordingClient(db.prisma);
    const result = await listExecutions({ actor, prisma: client, params: paramsOf(executionListSpec, query), tenantId: scopedTo });
    expect(result.rows).toHaveLength(25);
    const page = queries.find((sql) => /\bOFFSET\b/.test(sql.sql));
    expect(page, "the page query").toBeDefined();
    const [explained] = await db.prisma.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>`EXPLAIN (FORMAT JSON) ${page!}`;
    return nodesOf(explained!["QUERY PLAN"][0].Plan);
  }

  const seqScansOnExecutions = (nodes: PlanNode[]) => nodes.filter((node) => node["Node Type"] === "Seq Scan" && node["Relation Name"] === "executions");
  const indexesUsed = (nodes: PlanNode[]) => nodes.filter((node) => node["Relation Name"] === "executions").map((node) => node["Index Name"]);

  it("counts past the cap by estimate instead of counting a million rows", async () => {
    const actor = await insertAdminSession(db.prisma);
    const result = await listExecutions({ actor, prisma: db.prisma, params: paramsOf(executionListSpec, "") });
    expect(result.total.exact).toBe(false);
    expect(result.total.count).toBeGreaterThan(900_000);
    expect(result.facets.status!.every((count) => !count.exact)).toBe(true);
  });

  it("reads the oldest-first page along the created_at index", async () => {
    const nodes = await pagePlan("sort=createdAt");
    expect(seqScansOnExecutions(nodes)).toEqual([]);
    expect(indexesUsed(nodes)).toContain("executions_created_at_idx");
  });

  it("reads the default page (newest first) along the created_at index", async () => {
    const nodes = await pagePlan("");
    expect(seqScansOnExecutions(nodes)).toEqual([]);
    expect(indexesUsed(nodes)).toContain("executions_created_at_idx");
  });

  it("reads one tenant's newest executions along (tenant_id, created_at)", async () => {
    const nodes = await pagePlan("", tenantId);
    expect(seqScansOnExecutions(nodes)).toEqual([]);
    expect(nodes.map((node) => node["Node Type"])).not.toContain("Sort");
  });
});
