import "server-only";
import type { PrismaClient } from "../generated/prisma/client";

// The tenant's people and things, for its page: a count and the 10 newest of each. Every query
// walks a (tenant_id, created_at DESC) index, so the cost does not grow with other tenants.

const LATEST = 10;
const newest = { orderBy: { createdAt: "desc" }, take: LATEST } as const;

export async function loadWorkspace(prisma: PrismaClient, tenantId: string) {
  const where = { tenantId };
  const [userCount, users, projectCount, projects, agentCount, agents, workflowCount, workflows] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.findMany({
      where, ...newest,
      select: { id: true, email: true, name: true, role: true, isActive: true, lastLoginAt: true, createdAt: true, updatedAt: true },
    }),
    prisma.project.count({ where }),
    prisma.project.findMany({ where, ...newest, select: { id: true, name: true, description: true, createdAt: true } }),
    prisma.agent.count({ where }),
    prisma.agent.findMany({ where, ...newest, select: { id: true, name: true, model: true, status: true, projectId: true, createdAt: true } }),
    prisma.workflow.count({ where }),
    prisma.workflow.findMany({ where, ...newest, select: { id: true, name: true, status: true, projectId: true, createdAt: true } }),
  ]);
  return {
    users: { count: userCount, latest: users },
    projects: { count: projectCount, latest: projects },
    agents: { count: agentCount, latest: agents },
    workflows: { count: workflowCount, latest: workflows },
  };
}
