import type { Random } from "./random";
import type { AuditLogRow, TenantProfile } from "./demo-rows";
import type { AuditActors } from "./audit-actors";
import { auditRow, type AuditContext } from "./audit-context";
import { pickActivityTime } from "./activity-time";
import { MODELS } from "./catalog";
import { maxDate } from "./time";

// Everyday activity that fills the audit log up to its target size: logins, edits, API-driven
// runs and housekeeping, spread over each tenant's active days with a working-hours rhythm.

const ACTION_WEIGHTS = {
  "user.login": 38, "execution.started": 16, "agent.updated": 12, "workflow.updated": 6, "agent.created": 3,
  "workflow.published": 2, "settings.updated": 2, "project.created": 1, "user.role_changed": 1, "user.logout": 8,
  "blueprint.installed": 2, "usage.limit_warning": 1, "agent.deleted": 1, "subscription.updated": 2.5, "tenant.updated": 1.2,
} as const;
type AmbientAction = keyof typeof ACTION_WEIGHTS;

type Slot = { profile: TenantProfile; start: Date; end: Date; weight: number };

function activeSlots(context: AuditContext, activeUntil: Map<string, Date>): Slot[] {
  return context.profiles.flatMap((profile) => {
    const start = maxDate(context.from, profile.tenant.created_at);
    const end = activeUntil.get(profile.tenant.id) ?? context.now;
    const days = (end.getTime() - start.getTime()) / 86_400_000;
    return days > 0 ? [{ profile, start, end, weight: profile.size * days }] : [];
  });
}

function pickSlot(random: Random, slots: Slot[], total: number): Slot {
  let roll = random.float(0, total);
  for (const slot of slots) {
    roll -= slot.weight;
    if (roll < 0) return slot;
  }
  return slots.at(-1)!;
}

function buildEvent(random: Random, actors: AuditActors, context: AuditContext, slot: Slot, action: AmbientAction, at: Date): AuditLogRow {
  const { profile } = slot;
  const tenantId = profile.tenant.id;
  const workspace = context.workspaces.get(tenantId)!;
  const requestId = actors.requestId();
  const editor = () => actors.user(actors.pickUser(profile, ["owner", "admin", "member"]));
  const agent = workspace.agents.length > 0 ? random.pick(workspace.agents) : null;
  const workflow = workspace.workflows.length > 0 ? random.pick(workspace.workflows) : null;
  switch (action) {
    case "user.login": {
      const sso = profile.users[0]?.hashed_password === null;
      return auditRow(tenantId, actors.user(actors.pickUser(profile)), action, "user", null,
        { request_id: requestId, method: sso ? "saml" : random.pick(["password", "password", "google"]), mfa: random.chance(0.6) }, at);
    }
    case "user.logout":
      return auditRow(tenantId, actors.user(actors.pickUser(profile)), action, "user", null, { request_id: requestId }, at);
    case "execution.started": {
      const keys = context.apiKeys.filter((k) => k.tenant_id === tenantId && k.last_used_at && !k.revoked_at);
      const actor = keys.length > 0 ? actors.apiKey(random.pick(keys)) : editor();
      return auditRow(tenantId, actor, action, agent ? "agent" : "workflow", agent?.id ?? workflow?.id ?? null,
        { request_id: requestId, execution_type: agent ? "agent" : "workflow", input_bytes: random.int(200, 40_000) }, at);
    }
    case "agent.updated": {
      const before = agent?.model ?? "gpt-4o";
      const change = random.weighted({ model: 3, system_prompt: 5, status: 2 } as const);
      const details = change === "model" ? { before: { model: before }, after: { model: random.pick(MODELS).model } }
        : change === "status" ? { before: { status: "active" }, after: { status: "paused" } }
        : { changed_fields: ["system_prompt"], prompt_chars: { before: random.int(300, 2000), after: random.int(300, 2400) } };
      return auditRow(tenantId, editor(), action, "agent", agent?.id ?? null, { request_id: requestId, ...details }, at);
    }
    case "agent.created":
    case "agent.deleted":
      return auditRow(tenantId, editor(), action, "agent", agent?.id ?? null, { request_id: requestId, name: agent?.name, model: agent?.model }, at);
    case "workflow.updated":
    case "workflow.published":
      return auditRow(tenantId, editor(), action, "workflow", workflow?.id ?? null,
        { request_id: requestId, name: workflow?.name, version: random.int(2, 30), steps: random.int(1, 6) }, at);
    case "settings.updated":
      return auditRow(tenantId, actors.user(actors.pickUser(profile, ["owner", "admin"])), action, "tenant", tenantId,
        { request_id: requestId, before: { default_model: "gpt-4o-mini" }, after: { default_model: random.pick(MODELS).model } }, at);
    case "project.created": {
      const project = random.pick(workspace.projects);
      return auditRow(tenantId, editor(), action, "project", project.id, { request_id: requestId, name: project.name }, at);
    }
    case "user.role_changed": {
      const target = random.pick(profile.users);
      return auditRow(tenantId, actors.user(actors.pickUser(profile, ["owner", "admin"])), action, "user", target.id,
        { request_id: requestId, email: target.email, before: { role: "viewer" }, after: { role: target.role } }, at);
    }
    case "blueprint.installed":
      return auditRow(tenantId, editor(), action, "blueprint", random.uuid(), { request_id: requestId, source: "marketplace" }, at);
    case "subscription.updated": {
      const subscription = context.subscriptions.filter((s) => s.tenant_id === tenantId).at(-1)!;
      // Renewals come from billing; credits and overrides from support staff.
      return random.chance(0.6)
        ? auditRow(tenantId, actors.system(), action, "subscription", subscription.id,
          { request_id: requestId, event: "renewed", before: { current_period_end: at.toISOString() }, after: { status: subscription.status } }, at)
        : auditRow(tenantId, actors.staff(), action, "subscription", subscription.id,
          { request_id: requestId, event: "credit_applied", amount: random.pick(["25.00", "50.00", "100.00"]), currency: "USD", ticket: `SUP-${random.int(1000, 9999)}` }, at);
    }
    case "tenant.updated":
      return auditRow(tenantId, actors.staff(), action, "tenant", tenantId,
        { request_id: requestId, before: { billing_email: `billing@${profile.domain}` }, after: { billing_email: profile.tenant.billing_email }, ticket: `SUP-${random.int(1000, 9999)}` }, at);
    case "usage.limit_warning":
      return auditRow(tenantId, actors.system(), action, "tenant", tenantId,
        { request_id: requestId, metric: random.pick(["executions", "tokens", "api_calls"]), threshold_percent: random.pick([80, 90, 100]) }, at);
  }
}

export function buildAmbientEvents(random: Random, actors: AuditActors, context: AuditContext, activeUntil: Map<string, Date>, count: number): AuditLogRow[] {
  const slots = activeSlots(context, activeUntil);
  const total = slots.reduce((sum, slot) => sum + slot.weight, 0);
  const rows: AuditLogRow[] = [];
  for (let i = 0; i < count && slots.length > 0; i++) {
    const slot = pickSlot(random, slots, total);
    const action = random.weighted(ACTION_WEIGHTS);
    rows.push(buildEvent(random, actors, context, slot, action, pickActivityTime(random, slot.start, slot.end)));
  }
  return rows;
}
