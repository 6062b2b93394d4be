import type { Random } from "./random";
import type { ExecutionRow, ExecutionStatus, TenantProfile } from "./demo-rows";
import type { Workspace } from "./build-workspaces";
import { EXECUTION_ERRORS, MODELS } from "./catalog";
import { pickActivityTime, pickRecentTime } from "./activity-time";
import { addDays, addMs, minDate } from "./time";

// Executions over the last 30 days, scaled by tenant size. Statuses follow a production mix;
// in-flight ones (pending, running) sit in the last minutes before "now".

const STATUS_WEIGHTS: Record<ExecutionStatus, number> = { completed: 76, failed: 9, cancelled: 4, timeout: 3, running: 4, pending: 4 };
export const EXECUTION_STATUSES = Object.keys(STATUS_WEIGHTS) as ExecutionStatus[];
const COST_PER_1K = Object.fromEntries(MODELS.map((m) => [m.model, m.costPer1k])) as Record<string, number>;

function buildExecution(random: Random, profile: TenantProfile, workspace: Workspace, now: Date, status: ExecutionStatus): ExecutionRow | null {
  const { tenant, users } = profile;
  const agents = workspace.agents.filter((a) => a.status !== "draft");
  const workflows = workspace.workflows.filter((w) => w.status !== "draft");
  if (agents.length === 0) return null;
  const isWorkflow = workflows.length > 0 && random.chance(0.3);
  const workflow = isWorkflow ? random.pick(workflows) : null;
  const agent = random.pick(agents);
  const activeUntil = tenant.suspended_at ?? now;
  const inFlight = status === "pending" || status === "running";
  const createdAt = inFlight ? pickRecentTime(random, now, 45) : pickActivityTime(random, addDays(activeUntil, -30), activeUntil);
  const source = random.weighted({ api: 55, ui: 25, schedule: 20 } as const);
  const startedAt = status === "pending" ? null : addMs(createdAt, random.int(40, 2500));
  const baseMs = random.logNormal(isWorkflow ? 18_000 : 4_200, 0.7);
  const durationMs = status === "timeout" ? 300_000 : status === "failed" ? Math.round(baseMs * random.float(0.05, 0.8)) : status === "cancelled" ? Math.round(baseMs * random.float(0.1, 0.6)) : Math.round(baseMs);
  const completedAt = inFlight || !startedAt ? null : minDate(addMs(startedAt, durationMs), now);
  const fullTokens = Math.round(random.logNormal(isWorkflow ? 9_000 : 2_600, 0.8));
  const tokens = status === "pending" ? 0 : status === "completed" ? fullTokens : Math.round(fullTokens * random.float(0.05, 0.7));
  const cost = ((tokens / 1000) * (COST_PER_1K[agent.model] ?? 0.004)).toFixed(6);
  const requestId = `req_${random.hex(20)}`;
  const promptTokens = Math.round(tokens * 0.7);
  return {
    id: random.uuid(), tenant_id: tenant.id, agent_id: isWorkflow ? null : agent.id, workflow_id: workflow?.id ?? null,
    execution_type: isWorkflow ? "workflow" : "agent", status,
    input_data: {
      source, request_id: requestId,
      input: isWorkflow ? { trigger: (workflow!.definition as { trigger: unknown }).trigger, payload_id: `evt_${random.hex(12)}` } : { message: `Run ${agent.name.toLowerCase()} on item #${random.int(1000, 99999)}` },
      ...(isWorkflow ? {} : { model: agent.model, temperature: random.pick([0, 0.2, 0.7]) }),
    },
    output_data: status === "completed"
      ? { result: "ok", finish_reason: "stop", confidence: Number(random.float(0.6, 0.99).toFixed(2)), tokens: { prompt: promptTokens, completion: tokens - promptTokens } }
      : status === "cancelled" || status === "timeout" ? { partial: true, steps_completed: random.int(0, 3) } : null,
    error_message: status === "failed" ? random.pick(EXECUTION_ERRORS)
      : status === "timeout" ? "Execution exceeded the 300 s time limit and was stopped."
      : status === "cancelled" ? "Cancelled by the user before it finished." : null,
    started_at: startedAt, completed_at: completedAt, duration_ms: completedAt ? durationMs : null, tokens_used: tokens,
    cost, currency: "USD", created_by: source === "ui" ? random.pick(users).id : null,
    created_at: createdAt, updated_at: completedAt ?? startedAt ?? createdAt,
  };
}

export function buildExecutions(random: Random, profile: TenantProfile, workspace: Workspace, now: Date, ensureEveryStatus: boolean): ExecutionRow[] {
  const { tenant, size } = profile;
  if (tenant.status === "cancelled") return [];
  const activity = tenant.status === "suspended" ? 0.4 : 1;
  const count = Math.round(size * 22 * activity * random.float(0.7, 1.3)) + (ensureEveryStatus ? EXECUTION_STATUSES.length : 0);
  const rows: ExecutionRow[] = [];
  for (let i = 0; i < count; i++) {
    const forced = ensureEveryStatus && i < EXECUTION_STATUSES.length ? EXECUTION_STATUSES[i]! : null;
    const status = forced ?? random.weighted(STATUS_WEIGHTS);
    if (tenant.status === "suspended" && (status === "pending" || status === "running")) continue;
    const row = buildExecution(random, profile, workspace, now, status);
    if (row) rows.push(row);
  }
  return rows;
}
