import type { Random } from "./random";
import type { AuditLogRow } from "./demo-rows";
import type { AuditActors } from "./audit-actors";
import { auditRow, inWindow, type AuditContext } from "./audit-context";
import { addMs } from "./time";

// Audit rows for things the rest of the seed says happened inside the window: sign-ups, invites,
// key creation and revocation, failed executions, plan changes, cancellations and suspensions.

export function buildFactEvents(random: Random, actors: AuditActors, context: AuditContext): AuditLogRow[] {
  const rows: AuditLogRow[] = [];
  const profileById = new Map(context.profiles.map((p) => [p.tenant.id, p]));
  const planById = new Map(context.plans.map((p) => [p.id, p]));
  for (const profile of context.profiles) {
    const { tenant, users } = profile;
    if (inWindow(context, tenant.created_at)) {
      rows.push(auditRow(tenant.id, actors.user(users[0]!), "tenant.created", "tenant", tenant.id,
        { request_id: actors.requestId(), plan: profile.planSlug, source: random.pick(["signup", "sales_assisted"]) }, tenant.created_at));
    }
    for (const user of users.slice(1)) {
      if (!inWindow(context, user.created_at)) continue;
      rows.push(auditRow(tenant.id, actors.user(users[0]!), "user.invited", "user", user.id,
        { request_id: actors.requestId(), email: user.email, role: user.role }, user.created_at));
    }
    if (inWindow(context, tenant.suspended_at)) {
      rows.push(auditRow(tenant.id, actors.staff(), "tenant.suspended", "tenant", tenant.id,
        { request_id: actors.requestId(), reason: tenant.suspension_reason, before: { status: "active" }, after: { status: "suspended" } }, tenant.suspended_at));
    }
    for (const workflow of context.workspaces.get(tenant.id)?.workflows ?? []) {
      if (workflow.status !== "active" || !inWindow(context, workflow.updated_at)) continue;
      rows.push(auditRow(tenant.id, actors.user(actors.pickUser(profile, ["owner", "admin", "member"])), "workflow.published", "workflow", workflow.id, { request_id: actors.requestId(), name: workflow.name, version: random.int(1, 12) }, workflow.updated_at));
    }
  }
  for (const key of context.apiKeys) {
    const profile = profileById.get(key.tenant_id)!;
    const creator = profile.users.find((u) => u.id === key.created_by) ?? profile.users[0]!;
    if (inWindow(context, key.created_at)) {
      rows.push(auditRow(key.tenant_id, actors.user(creator), "api_key.created", "api_key", key.id,
        { request_id: actors.requestId(), name: key.name, key_prefix: key.key_prefix, scopes: key.scopes, expires_at: key.expires_at }, key.created_at));
    }
    if (inWindow(context, key.revoked_at)) {
      const byStaff = key.revoked_reason?.includes("public repository") || key.revoked_reason?.includes("Suspicious");
      rows.push(auditRow(key.tenant_id, byStaff ? actors.staff() : actors.user(creator), "api_key.revoked", "api_key", key.id,
        { request_id: actors.requestId(), key_prefix: key.key_prefix, reason: key.revoked_reason }, key.revoked_at));
    }
  }
  for (const execution of context.executions) {
    if (execution.status !== "failed" || !inWindow(context, execution.completed_at)) continue;
    rows.push(auditRow(execution.tenant_id, actors.system(), "execution.failed", "execution", execution.id,
      { request_id: (execution.input_data as { request_id?: string }).request_id, error: execution.error_message,
        agent_id: execution.agent_id, workflow_id: execution.workflow_id, duration_ms: execution.duration_ms }, execution.completed_at));
  }
  for (const subscription of context.subscriptions) {
    const plan = planById.get(subscription.plan_id)!;
    const owner = profileById.get(subscription.tenant_id)!.users[0]!;
    const canceledAt = subscription.canceled_at;
    if (inWindow(context, canceledAt)) {
      // A plan change cancels the old subscription and starts a new one in the same moment.
      const successor = context.subscriptions.find((s) => s.tenant_id === subscription.tenant_id && s.id !== subscription.id
        && s.created_at.getTime() === canceledAt.getTime());
      const details = successor
        ? { before: { plan: plan.slug }, after: { plan: planById.get(successor.plan_id)!.slug, billing_interval: successor.billing_interval } }
        : { plan: plan.slug, reason: subscription.cancellation_reason, at_period_end: subscription.cancel_at_period_end };
      rows.push(auditRow(subscription.tenant_id, actors.user(owner), successor ? "subscription.updated" : "subscription.canceled",
        "subscription", (successor ?? subscription).id, { request_id: actors.requestId(), ...details }, canceledAt));
    }
    if (subscription.status === "past_due" || subscription.status === "unpaid") {
      const at = addMs(subscription.current_period_start, 3_600_000 * random.int(1, 30));
      if (inWindow(context, at)) {
        rows.push(auditRow(subscription.tenant_id, actors.system(), "subscription.updated", "subscription", subscription.id,
          { request_id: actors.requestId(), before: { status: "active" }, after: { status: subscription.status }, reason: "invoice_payment_failed" }, at));
      }
    }
  }
  return rows;
}
