import { beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffSession } from "../auth/current-staff";
import { parseListParams } from "../data-table/list-params";
import { insertAdminSession, insertStaff, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { paramsOf, seedBrowseFixture, type BrowseFixture } from "../workspaces/browse-test-kit";
import { executionListSpec } from "./execution-list-spec";
import { getExecution } from "./get-execution";
import { listExecutions } from "./list-executions";
import { listRecentExecutions } from "./list-recent-executions";

vi.mock("server-only", () => ({}));

describe("listExecutions", () => {
  const db = useStaffDatabase();
  let fx: BrowseFixture;
  let admin: StaffSession;
  let support: StaffSession;
  const ids = (keys: (keyof BrowseFixture["executions"])[]) => keys.map((key) => fx.executions[key].id);

  beforeAll(async () => {
    fx = await seedBrowseFixture(db.prisma);
    admin = await insertAdminSession(db.prisma);
    support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
  });

  const list = async (query: string, tenantId?: string, actor = admin) =>
    listExecutions({ actor, prisma: db.prisma, params: paramsOf(executionListSpec, query), tenantId });
  const rowIds = async (query: string, tenantId?: string) => (await list(query, tenantId)).rows.map((row) => row.id);

  it("lists newest first with tenant, target, duration, tokens and a precise cost, for support too", async () => {
    const result = await list("", undefined, support);
    expect(result.rows.map((row) => row.id)).toEqual(ids(["e5", "e4", "e3", "e2", "e1"]));
    expect(result.total).toEqual({ count: 5, exact: true });
    const e1 = result.rows.find((row) => row.id === fx.executions.e1.id);
    expect(e1).toMatchObject({
      tenant: { id: fx.tenants.acme.id, name: "Acme Robotics" },
      type: "agent",
      agent: { id: fx.agents.supportBot.id, name: "Support bot" },
      workflow: null,
      status: "completed",
      durationMs: 1200,
      tokens: 100,
      cost: "0.001500",
      currency: "USD",
    });
    expect(result.rows.find((row) => row.id === fx.executions.e2.id)).toMatchObject({ agent: null, workflow: { id: fx.workflows.invoiceFlow.id, name: "Invoice flow" } });
    expect(await rowIds("sort=createdAt")).toEqual(ids(["e1", "e2", "e3", "e4", "e5"]));
  });

  it("filters by type and status, counting each facet under the other filters", async () => {
    expect(await rowIds("type=workflow")).toEqual(ids(["e2"]));
    const completedOrFailed = await list("status=completed,failed");
    expect(completedOrFailed.rows.map((row) => row.id)).toEqual(ids(["e4", "e2", "e1"]));
    const counts = (facet: "type" | "status") => Object.fromEntries(completedOrFailed.facets[facet]!.map((count) => [count.value, count.count]));
    expect(counts("status")).toEqual({ completed: 2, failed: 1, running: 1, timeout: 1 });
    expect(counts("type")).toEqual({ agent: 2, workflow: 1 });
    expect(await rowIds("type=agent&status=completed")).toEqual(ids(["e4", "e1"]));
  });

  it("filters by duration (ms), cost (USD) and created day, both ends included", async () => {
    expect(await rowIds("duration=1200..30000")).toEqual(ids(["e2", "e1"]));
    expect(await rowIds("duration=..500")).toEqual(ids(["e4"]));
    expect(await rowIds("cost=0.02..0.25")).toEqual(ids(["e4", "e2"]));
    expect(await rowIds("cost=..0.0015")).toEqual(ids(["e3", "e1"]));
    expect(await rowIds("created=2026-01-21..2026-01-23")).toEqual(ids(["e4", "e3", "e2"]));
  });

  it("searches tenant name and slug, agent and workflow names and error messages", async () => {
    expect(await rowIds("q=globex")).toEqual(ids(["e4", "e3"]));
    expect(await rowIds("q=acme-rob")).toEqual(ids(["e5", "e2", "e1"]));
    expect(await rowIds("q=support%20BOT")).toEqual(ids(["e5", "e1"]));
    expect(await rowIds("q=invoice")).toEqual(ids(["e2"]));
    expect(await rowIds("q=100%25%20of")).toEqual(ids(["e2"]));
    expect(await rowIds("q=nothing-like-this")).toEqual([]);
  });

  it("narrows to one tenant, with every other filter still applying", async () => {
    expect(await rowIds("", fx.tenants.acme.id)).toEqual(ids(["e5", "e2", "e1"]));
    const scoped = await list("status=completed", fx.tenants.acme.id);
    expect(scoped.rows.map((row) => row.id)).toEqual(ids(["e1"]));
    expect(Object.fromEntries(scoped.facets.status!.map((count) => [count.value, count.count]))).toEqual({ completed: 1, failed: 1, timeout: 1 });
    expect(await rowIds("", fx.tenants.globex.id)).toEqual(ids(["e4", "e3"]));
  });

  it("offers only the index-served sort, and says so for any other", () => {
    const { params, problems } = parseListParams(executionListSpec, new URLSearchParams("sort=-cost"));
    expect(params.sort).toEqual({ id: "createdAt", desc: true });
    expect(problems).toEqual(['The list cannot be sorted by "cost", so it is sorted by Created.']);
  });
});

describe("getExecution and listRecentExecutions", () => {
  const db = useStaffDatabase();
  let fx: BrowseFixture;
  let support: StaffSession;

  beforeAll(async () => {
    fx = await seedBrowseFixture(db.prisma);
    support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
  });

  it("returns one execution with its links and JSON, and null for unknown or malformed ids", async () => {
    const execution = await getExecution({ actor: support, prisma: db.prisma, executionId: fx.executions.e1.id });
    expect(execution).toMatchObject({
      id: fx.executions.e1.id,
      tenant: { id: fx.tenants.acme.id, name: "Acme Robotics" },
      agent: { id: fx.agents.supportBot.id, name: "Support bot", model: "gpt-4o" },
      workflow: null,
      creator: { email: "ada@acme.test" },
      cost: "0.001500",
      inputData: { message: "<script>alert(1)</script>" },
    });
    expect(await getExecution({ actor: support, prisma: db.prisma, executionId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    expect(await getExecution({ actor: support, prisma: db.prisma, executionId: "not-a-uuid' OR 1=1" })).toBeNull();
  });

  it("lists an agent's or a workflow's latest executions, newest first", async () => {
    const ofAgent = await listRecentExecutions({ actor: support, prisma: db.prisma, of: { agentId: fx.agents.supportBot.id } });
    expect(ofAgent.map((row) => [row.id, row.cost])).toEqual([[fx.executions.e5.id, "1.500000"], [fx.executions.e1.id, "0.001500"]]);
    const ofWorkflow = await listRecentExecutions({ actor: support, prisma: db.prisma, of: { workflowId: fx.workflows.invoiceFlow.id } });
    expect(ofWorkflow.map((row) => row.id)).toEqual([fx.executions.e2.id]);
    expect(await listRecentExecutions({ actor: support, prisma: db.prisma, of: { agentId: fx.agents.refundChecker.id } })).toEqual([]);
  });
});
