import type { PrismaClient } from "../generated/prisma/client";
import { parseListParams, type ListParams } from "../data-table/list-params";
import type { ListSpec } from "../data-table/list-spec";

// One small, fully known fixture for the read-only lists (users, projects, agents, workflows,
// executions): two tenants and a handful of rows each, every date fixed, so a test can name the
// exact rows a filter must return.

const day = (date: string) => new Date(`${date}T12:00:00.000Z`);

export async function seedBrowseFixture(prisma: PrismaClient) {
  const acme = await prisma.tenant.create({ data: { name: "Acme Robotics", slug: "acme-robotics", status: "active", createdAt: day("2026-01-01") } });
  const globex = await prisma.tenant.create({ data: { name: "Globex", slug: "globex", status: "trial", createdAt: day("2026-01-02") } });

  const user = (tenantId: string, data: { email: string; name: string | null; role: "owner" | "admin" | "member" | "viewer"; isActive: boolean; lastLoginAt: Date | null; createdAt: Date }) =>
    prisma.user.create({ data: { tenantId, ...data } });
  const ada = await user(acme.id, { email: "ada@acme.test", name: "Ada Owner", role: "owner", isActive: true, lastLoginAt: day("2026-02-01"), createdAt: day("2026-01-03") });
  const bob = await user(acme.id, { email: "bob@acme.test", name: "Bob Viewer", role: "viewer", isActive: false, lastLoginAt: null, createdAt: day("2026-01-04") });
  const cy = await user(globex.id, { email: "cy@globex.test", name: null, role: "member", isActive: true, lastLoginAt: day("2026-02-03"), createdAt: day("2026-01-05") });
  const dee = await user(globex.id, { email: "dee@globex.test", name: "Dee Admin", role: "admin", isActive: true, lastLoginAt: day("2026-01-20"), createdAt: day("2026-01-06") });

  const supportDesk = await prisma.project.create({
    data: { tenantId: acme.id, name: "Support desk", description: "Tier-1 answers", createdBy: ada.id, createdAt: day("2026-01-07") },
  });
  const billingOps = await prisma.project.create({ data: { tenantId: acme.id, name: "Billing ops", createdAt: day("2026-01-08") } });
  const leadGen = await prisma.project.create({ data: { tenantId: globex.id, name: "Lead gen", createdBy: cy.id, createdAt: day("2026-01-09") } });

  const supportBot = await prisma.agent.create({
    data: {
      tenantId: acme.id, projectId: supportDesk.id, name: "Support bot", model: "gpt-4o", status: "active", createdBy: ada.id, createdAt: day("2026-01-10"),
      systemPrompt: "You are <b>helpful</b>.\nAlways cite the help centre.",
    },
  });
  const refundChecker = await prisma.agent.create({
    data: { tenantId: acme.id, projectId: billingOps.id, name: "Refund checker", model: "claude-3", status: "paused", createdAt: day("2026-01-11") },
  });
  const salesHelper = await prisma.agent.create({
    data: { tenantId: globex.id, projectId: leadGen.id, name: "Sales helper", model: "gpt-4o-mini", status: "draft", createdBy: cy.id, createdAt: day("2026-01-12") },
  });

  const invoiceFlow = await prisma.workflow.create({
    data: {
      tenantId: acme.id, projectId: billingOps.id, name: "Invoice flow", status: "active", createdBy: ada.id, createdAt: day("2026-01-13"),
      definition: { steps: [{ id: "fetch", agent: "Refund checker" }, { id: "notify", html: "<img src=x onerror=alert(1)>" }] },
    },
  });
  const leadRouter = await prisma.workflow.create({ data: { tenantId: globex.id, name: "Lead router", status: "archived", createdBy: dee.id, createdAt: day("2026-01-14") } });

  const run = (data: Parameters<PrismaClient["execution"]["create"]>[0]["data"]) => prisma.execution.create({ data });
  const e1 = await run({
    tenantId: acme.id, agentId: supportBot.id, executionType: "agent", status: "completed", durationMs: 1200, tokensUsed: 100, cost: "0.001500",
    startedAt: day("2026-01-20"), completedAt: day("2026-01-20"), createdAt: day("2026-01-20"), createdBy: ada.id,
    inputData: { message: "<script>alert(1)</script>" }, outputData: { answer: "Hello", citations: [1, 2] },
  });
  const e2 = await run({
    tenantId: acme.id, workflowId: invoiceFlow.id, executionType: "workflow", status: "failed", durationMs: 30000, tokensUsed: 2000, cost: "0.250000",
    errorMessage: "Upstream timeout 100% of retries", startedAt: day("2026-01-21"), createdAt: day("2026-01-21"),
  });
  const e3 = await run({ tenantId: globex.id, agentId: salesHelper.id, executionType: "agent", status: "running", tokensUsed: 0, cost: "0", createdAt: day("2026-01-22") });
  const e4 = await run({
    tenantId: globex.id, agentId: salesHelper.id, executionType: "agent", status: "completed", durationMs: 500, tokensUsed: 300, cost: "0.020000", createdAt: day("2026-01-23"),
  });
  const e5 = await run({
    tenantId: acme.id, agentId: supportBot.id, executionType: "agent", status: "timeout", durationMs: 60000, tokensUsed: 5000, cost: "1.500000", createdAt: day("2026-01-24"),
  });

  return {
    tenants: { acme, globex },
    users: { ada, bob, cy, dee },
    projects: { supportDesk, billingOps, leadGen },
    agents: { supportBot, refundChecker, salesHelper },
    workflows: { invoiceFlow, leadRouter },
    executions: { e1, e2, e3, e4, e5 },
  };
}

export type BrowseFixture = Awaited<ReturnType<typeof seedBrowseFixture>>;

/** The list params a URL query string gives, as the page would parse them. */
export function paramsOf(spec: ListSpec, query: string): ListParams {
  return parseListParams(spec, new URLSearchParams(query)).params;
}
