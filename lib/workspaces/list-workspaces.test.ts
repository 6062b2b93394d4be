import { beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffSession } from "../auth/current-staff";
import { insertAdminSession, insertStaff, sessionOf, useStaffDatabase } from "../staff/staff-test-kit";
import { agentListSpec } from "./agent-list-spec";
import { paramsOf, seedBrowseFixture, type BrowseFixture } from "./browse-test-kit";
import { getAgent } from "./get-agent";
import { getWorkflow } from "./get-workflow";
import { listAgents } from "./list-agents";
import { listProjects } from "./list-projects";
import { listWorkflows } from "./list-workflows";
import { projectListSpec } from "./project-list-spec";
import { resolveTenantScope } from "../data-table/tenant-scope";
import { workflowListSpec } from "./workflow-list-spec";

vi.mock("server-only", () => ({}));

describe("projects, agents and workflows", () => {
  const db = useStaffDatabase();
  let fx: BrowseFixture;
  let admin: StaffSession;
  let support: StaffSession;

  beforeAll(async () => {
    fx = await seedBrowseFixture(db.prisma);
    admin = await insertAdminSession(db.prisma);
    support = sessionOf(await insertStaff(db.prisma, { role: "support" }));
  });

  const names = (rows: { name: string }[]) => rows.map((row) => row.name);
  const projects = async (query: string, tenantId?: string, actor = admin) =>
    names((await listProjects({ actor, prisma: db.prisma, params: paramsOf(projectListSpec, query), tenantId })).rows);
  const agents = async (query: string, tenantId?: string, actor = admin) =>
    names((await listAgents({ actor, prisma: db.prisma, params: paramsOf(agentListSpec, query), tenantId })).rows);
  const workflows = async (query: string, tenantId?: string, actor = admin) =>
    names((await listWorkflows({ actor, prisma: db.prisma, params: paramsOf(workflowListSpec, query), tenantId })).rows);

  it("lists projects with their tenant, creator and counts; sorts, searches and scopes them", async () => {
    const result = await listProjects({ actor: support, prisma: db.prisma, params: paramsOf(projectListSpec, "") });
    expect(names(result.rows)).toEqual(["Lead gen", "Billing ops", "Support desk"]);
    expect(result.rows.find((row) => row.name === "Billing ops")).toEqual({
      id: fx.projects.billingOps.id,
      name: "Billing ops",
      description: null,
      tenant: { id: fx.tenants.acme.id, name: "Acme Robotics" },
      agents: 1,
      workflows: 1,
      createdBy: null,
      createdAt: fx.projects.billingOps.createdAt,
    });
    expect(result.rows.find((row) => row.name === "Support desk")).toMatchObject({ createdBy: "ada@acme.test", agents: 1, workflows: 0 });
    expect(await projects("sort=name")).toEqual(["Billing ops", "Lead gen", "Support desk"]);
    // Globex before Acme; Acme's two projects tie on the tenant, so only their set is fixed.
    const byTenant = await projects("sort=-tenant");
    expect([byTenant[0], [...byTenant.slice(1)].sort()]).toEqual(["Lead gen", ["Billing ops", "Support desk"]]);
    expect(await projects("q=globex")).toEqual(["Lead gen"]);
    expect(await projects("q=desk")).toEqual(["Support desk"]);
    expect(await projects("created=2026-01-08..2026-01-09")).toEqual(["Lead gen", "Billing ops"]);
    expect(await projects("", fx.tenants.acme.id)).toEqual(["Billing ops", "Support desk"]);
  });

  it("lists agents with project, status and model; filters, sorts, searches and scopes them", async () => {
    const result = await listAgents({ actor: support, prisma: db.prisma, params: paramsOf(agentListSpec, "") });
    expect(names(result.rows)).toEqual(["Sales helper", "Refund checker", "Support bot"]);
    expect(result.rows.find((row) => row.name === "Support bot")).toEqual({
      id: fx.agents.supportBot.id,
      name: "Support bot",
      tenant: { id: fx.tenants.acme.id, name: "Acme Robotics" },
      project: { id: fx.projects.supportDesk.id, name: "Support desk" },
      status: "active",
      model: "gpt-4o",
      createdBy: "ada@acme.test",
      createdAt: fx.agents.supportBot.createdAt,
    });
    const active = await listAgents({ actor: admin, prisma: db.prisma, params: paramsOf(agentListSpec, "status=active,paused") });
    expect(names(active.rows)).toEqual(["Refund checker", "Support bot"]);
    expect(Object.fromEntries(active.facets.status!.map((count) => [count.value, count.count]))).toEqual({ active: 1, paused: 1, draft: 1 });
    expect(await agents("sort=model")).toEqual(["Refund checker", "Support bot", "Sales helper"]);
    expect(await agents("sort=-status")).toEqual(["Refund checker", "Support bot", "Sales helper"]);
    expect(await agents("q=gpt-4o")).toEqual(["Sales helper", "Support bot"]);
    expect(await agents("q=globex")).toEqual(["Sales helper"]);
    expect(await agents("status=draft", fx.tenants.acme.id)).toEqual([]);
    expect(await agents("", fx.tenants.acme.id)).toEqual(["Refund checker", "Support bot"]);
  });

  it("lists workflows with project and status; filters, sorts, searches and scopes them", async () => {
    const result = await listWorkflows({ actor: support, prisma: db.prisma, params: paramsOf(workflowListSpec, "") });
    expect(names(result.rows)).toEqual(["Lead router", "Invoice flow"]);
    expect(result.rows.find((row) => row.name === "Lead router")).toEqual({
      id: fx.workflows.leadRouter.id,
      name: "Lead router",
      tenant: { id: fx.tenants.globex.id, name: "Globex" },
      project: null,
      status: "archived",
      createdBy: "dee@globex.test",
      createdAt: fx.workflows.leadRouter.createdAt,
    });
    expect(await workflows("status=active")).toEqual(["Invoice flow"]);
    expect(await workflows("sort=name")).toEqual(["Invoice flow", "Lead router"]);
    expect(await workflows("q=acme")).toEqual(["Invoice flow"]);
    expect(await workflows("", fx.tenants.globex.id)).toEqual(["Lead router"]);
  });

  it("reads one agent or workflow, and null for unknown or malformed ids", async () => {
    const agent = await getAgent({ actor: support, prisma: db.prisma, agentId: fx.agents.supportBot.id });
    expect(agent).toMatchObject({ name: "Support bot", systemPrompt: "You are <b>helpful</b>.\nAlways cite the help centre.", tenant: { name: "Acme Robotics" }, creator: { email: "ada@acme.test" } });
    const workflow = await getWorkflow({ actor: support, prisma: db.prisma, workflowId: fx.workflows.invoiceFlow.id });
    expect(workflow).toMatchObject({ name: "Invoice flow", project: { name: "Billing ops" }, definition: { steps: [{ id: "fetch", agent: "Refund checker" }, { id: "notify", html: "<img src=x onerror=alert(1)>" }] } });
    expect(await getAgent({ actor: support, prisma: db.prisma, agentId: fx.workflows.invoiceFlow.id })).toBeNull();
    expect(await getAgent({ actor: support, prisma: db.prisma, agentId: "nope" })).toBeNull();
    expect(await getWorkflow({ actor: support, prisma: db.prisma, workflowId: "1234" })).toBeNull();
  });

  it("turns the tenant param into a tenant, or into a sentence when it is malformed or unknown", async () => {
    const scope = (tenant?: string) => resolveTenantScope({ actor: support, prisma: db.prisma, searchParams: tenant === undefined ? {} : { tenant }, noun: "agents", permission: "tenants.view" });
    expect(await scope()).toEqual({ tenant: null, problem: null });
    expect(await scope(fx.tenants.globex.id)).toEqual({ tenant: { id: fx.tenants.globex.id, name: "Globex", slug: fx.tenants.globex.slug }, problem: null });
    expect(await scope("acme")).toEqual({ tenant: null, problem: '"acme" is not a tenant id, so agents of every tenant are shown.' });
    expect(await scope("00000000-0000-4000-8000-000000000000")).toEqual({
      tenant: null,
      problem: "No tenant has the id 00000000-0000-4000-8000-000000000000, so agents of every tenant are shown.",
    });
  });
});
