import type { ApiKeyRow, AuditLogRow, ExecutionRow, PlanRow, SubscriptionRow, TenantProfile } from "./demo-rows";
import type { Workspace } from "./build-workspaces";
import type { ActorColumns } from "./audit-actors";

// What the audit builders read: everything else the demo seed created, and the time window.

export type AuditContext = {
  profiles: TenantProfile[];
  workspaces: Map<string, Workspace>;
  executions: ExecutionRow[];
  apiKeys: ApiKeyRow[];
  subscriptions: SubscriptionRow[];
  plans: PlanRow[];
  from: Date;
  now: Date;
};

export function auditRow(
  tenantId: string | null, actor: ActorColumns, action: string, resourceType: string | null,
  resourceId: string | null, details: Record<string, unknown>, createdAt: Date,
): AuditLogRow {
  return { tenant_id: tenantId, ...actor, action, resource_type: resourceType, resource_id: resourceId, details, created_at: createdAt };
}

export function inWindow(context: AuditContext, at: Date | null): at is Date {
  return at !== null && at >= context.from && at <= context.now;
}
