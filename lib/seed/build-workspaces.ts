import type { Random } from "./random";
import type { AgentRow, ProjectRow, TenantProfile, UserRow, WorkflowRow } from "./demo-rows";
import { AGENT_TEMPLATES, MODELS, PROJECT_NAMES, WORKFLOW_NAMES } from "./catalog";
import { addMs, DAY_MS } from "./time";

// What tenants build: projects, the agents inside them, and workflows chaining those agents.

export type Workspace = { projects: ProjectRow[]; agents: AgentRow[]; workflows: WorkflowRow[] };

const MODEL_WEIGHTS = Object.fromEntries(MODELS.map((m) => [m.model, m.weight])) as Record<string, number>;

function creators(users: UserRow[]): UserRow[] {
  const builders = users.filter((u) => u.role !== "viewer");
  return builders.length > 0 ? builders : users;
}

function between(random: Random, from: Date, to: Date): Date {
  return addMs(from, random.float(0, 1) * Math.max(0, to.getTime() - from.getTime()));
}

function buildDefinition(random: Random, agents: AgentRow[]): Record<string, unknown> {
  const stepAgents = random.sample(agents, random.int(1, Math.min(4, agents.length)));
  const steps: Record<string, unknown>[] = stepAgents.map((agent, i) => ({
    id: `step_${i + 1}`, type: "agent", agent_id: agent.id, name: agent.name,
    retry: { max_attempts: random.int(1, 3), backoff_seconds: random.pick([5, 15, 30]) },
  }));
  if (random.chance(0.4)) steps.push({ id: `step_${steps.length + 1}`, type: "condition", expression: "output.confidence >= 0.8" });
  if (random.chance(0.3)) steps.push({ id: `step_${steps.length + 1}`, type: "approval", approvers: ["role:admin"] });
  const trigger = random.weighted({ manual: 2, schedule: 3, webhook: 3, event: 2 } as const);
  return {
    version: 2,
    trigger: trigger === "schedule" ? { type: trigger, cron: random.pick(["0 2 * * *", "*/15 * * * *", "0 9 * * 1"]) } : { type: trigger },
    steps,
    edges: steps.slice(1).map((step, i) => ({ from: steps[i]!.id, to: step.id })),
    timeout_seconds: random.pick([120, 300, 900]),
  };
}

export function buildWorkspace(random: Random, profile: TenantProfile, now: Date): Workspace {
  const { tenant, size, users } = profile;
  const people = creators(users);
  const projects: ProjectRow[] = random.sample(PROJECT_NAMES, Math.min(6, 1 + Math.floor(size * 1.2))).map((name) => {
    const createdAt = between(random, tenant.created_at, addMs(now, -DAY_MS));
    return {
      id: random.uuid(), tenant_id: tenant.id, name, description: `${name} agents and workflows for ${tenant.name}.`,
      created_by: random.pick(people).id, created_at: createdAt, updated_at: between(random, createdAt, now),
    };
  });
  const agentCount = Math.min(25, Math.round(1 + size * 2.5));
  const agents: AgentRow[] = Array.from({ length: agentCount }, (_, i) => {
    const template = AGENT_TEMPLATES[(i + random.int(0, AGENT_TEMPLATES.length - 1)) % AGENT_TEMPLATES.length]!;
    const project = random.chance(0.9) ? random.pick(projects) : null;
    const createdAt = between(random, project?.created_at ?? tenant.created_at, addMs(now, -DAY_MS));
    return {
      id: random.uuid(), tenant_id: tenant.id, project_id: project?.id ?? null,
      name: i >= AGENT_TEMPLATES.length / 2 && random.chance(0.5) ? `${template.name} v2` : template.name,
      description: `Helps ${tenant.name} ${template.purpose}.`, model: random.weighted(MODEL_WEIGHTS),
      system_prompt: `You are the ${template.name} for ${tenant.name}. Your job is to ${template.purpose}. Be concise, cite your sources, and ask for clarification when the input is ambiguous.`,
      status: random.weighted({ active: 60, draft: 15, paused: 12, archived: 13 } as const),
      created_by: random.pick(people).id, created_at: createdAt, updated_at: between(random, createdAt, now),
    };
  });
  const workflowCount = Math.min(10, Math.floor(size * 1.5 + random.float(0, 1)));
  const workflows: WorkflowRow[] = Array.from({ length: workflowCount }, () => {
    const project = random.pick(projects);
    const createdAt = between(random, project.created_at, addMs(now, -DAY_MS));
    return {
      id: random.uuid(), tenant_id: tenant.id, project_id: project.id, name: random.pick(WORKFLOW_NAMES),
      definition: buildDefinition(random, agents), status: random.weighted({ active: 55, draft: 20, paused: 15, archived: 10 } as const),
      created_by: random.pick(people).id, created_at: createdAt, updated_at: between(random, createdAt, now),
    };
  });
  return { projects, agents, workflows };
}
