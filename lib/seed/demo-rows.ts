// Row shapes for the demo seed, keyed by the PostgreSQL column names they are inserted into.

type Json = Record<string, unknown>;

export type PlanRow = {
  id: string; name: string; slug: string; description: string; price_monthly: string; price_yearly: string;
  currency: string; features: string[]; status: "active" | "archived"; sort_order: number; created_at: Date; updated_at: Date;
};

export type UsageMetric = "executions" | "tokens" | "api_calls" | "seats" | "agents";
export const USAGE_METRICS: readonly UsageMetric[] = ["executions", "tokens", "api_calls", "seats", "agents"];

export type PlanLimitRow = { id: string; plan_id: string; metric: UsageMetric; limit: number; created_at: Date; updated_at: Date };

export type TenantStatus = "trial" | "active" | "suspended" | "cancelled";

export type TenantRow = {
  id: string; name: string; slug: string; status: TenantStatus; billing_email: string; settings: Json;
  suspended_at: Date | null; suspension_reason: string | null; created_at: Date; updated_at: Date;
};

export type UserRow = {
  id: string; tenant_id: string; email: string; name: string; hashed_password: string | null;
  role: "owner" | "admin" | "member" | "viewer"; is_active: boolean; last_login_at: Date | null; created_at: Date; updated_at: Date;
};

export type ProjectRow = {
  id: string; tenant_id: string; name: string; description: string; created_by: string | null; created_at: Date; updated_at: Date;
};

export type AgentRow = {
  id: string; tenant_id: string; project_id: string | null; name: string; description: string; model: string;
  system_prompt: string; status: "draft" | "active" | "paused" | "archived"; created_by: string | null; created_at: Date; updated_at: Date;
};

export type WorkflowRow = {
  id: string; tenant_id: string; project_id: string | null; name: string; definition: Json;
  status: "draft" | "active" | "paused" | "archived"; created_by: string | null; created_at: Date; updated_at: Date;
};

export type ExecutionStatus = "pending" | "running" | "completed" | "failed" | "cancelled" | "timeout";

export type ExecutionRow = {
  id: string; tenant_id: string; agent_id: string | null; workflow_id: string | null; execution_type: "agent" | "workflow";
  status: ExecutionStatus; input_data: Json; output_data: Json | null; error_message: string | null;
  started_at: Date | null; completed_at: Date | null; duration_ms: number | null; tokens_used: number; cost: string;
  currency: string; created_by: string | null; created_at: Date; updated_at: Date;
};

export type SubscriptionStatus = "trialing" | "active" | "past_due" | "paused" | "canceled" | "unpaid" | "incomplete";

export type SubscriptionRow = {
  id: string; tenant_id: string; plan_id: string; status: SubscriptionStatus; billing_interval: "month" | "year";
  current_period_start: Date; current_period_end: Date; trial_ends_at: Date | null; cancel_at_period_end: boolean;
  canceled_at: Date | null; cancellation_reason: string | null; ended_at: Date | null; external_id: string | null;
  created_at: Date; updated_at: Date;
};

export type UsageRecordRow = {
  tenant_id: string; metric: UsageMetric; quantity: number; period_start: Date; period_end: Date; created_at: Date;
};

export type ApiKeyRow = {
  id: string; tenant_id: string; name: string; key_prefix: string; key_hash: string; scopes: string[];
  expires_at: Date | null; revoked_at: Date | null; revoked_reason: string | null; last_used_at: Date | null;
  last_used_ip: string | null; created_by: string | null; created_at: Date; updated_at: Date;
};

export type BlueprintRow = {
  id: string; name: string; description: string; category: string; definition: Json; config: Json;
  pricing_model: "free" | "one_time" | "subscription" | "usage_based"; price: string; currency: string;
  publisher_id: string | null; is_public: boolean; downloads: number; rating: string | null; reviews_count: number;
  created_by: string | null; created_at: Date; updated_at: Date;
};

export type AuditActorType = "user" | "staff" | "api_key" | "system";

export type AuditLogRow = {
  tenant_id: string | null; actor_type: AuditActorType; actor_id: string | null; actor_email: string | null;
  action: string; resource_type: string | null; resource_id: string | null; details: Json;
  ip_address: string | null; user_agent: string | null; created_at: Date;
};

/** Per-tenant facts that later builders lean on (size drives volume; plan drives limits). */
export type TenantProfile = {
  tenant: TenantRow;
  size: number;
  planSlug: string;
  users: UserRow[];
  domain: string;
};
