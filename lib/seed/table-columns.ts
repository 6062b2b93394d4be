// The SQL type of every column the seed writes, in insert order. insertRows casts each text value
// to these types, so enums, JSONB, arrays and INET arrive exactly as PostgreSQL stores them.

export type ColumnTypes = Readonly<Record<string, string>>;

const stamps = { created_at: "timestamptz", updated_at: "timestamptz" } as const;

export const TABLE_COLUMNS = {
  plans: {
    id: "uuid", name: "text", slug: "text", description: "text", price_monthly: "numeric", price_yearly: "numeric",
    currency: "text", features: "text[]", status: "plan_status", sort_order: "int", ...stamps,
  },
  plan_limits: { id: "uuid", plan_id: "uuid", metric: "usage_metric", limit: "bigint", ...stamps },
  tenants: {
    id: "uuid", name: "text", slug: "text", status: "tenant_status", billing_email: "text", settings: "jsonb",
    suspended_at: "timestamptz", suspension_reason: "text", ...stamps,
  },
  users: {
    id: "uuid", tenant_id: "uuid", email: "text", name: "text", hashed_password: "text", role: "user_role",
    is_active: "boolean", last_login_at: "timestamptz", ...stamps,
  },
  projects: { id: "uuid", tenant_id: "uuid", name: "text", description: "text", created_by: "uuid", ...stamps },
  agents: {
    id: "uuid", tenant_id: "uuid", project_id: "uuid", name: "text", description: "text", model: "text",
    system_prompt: "text", status: "agent_status", created_by: "uuid", ...stamps,
  },
  workflows: {
    id: "uuid", tenant_id: "uuid", project_id: "uuid", name: "text", definition: "jsonb", status: "workflow_status",
    created_by: "uuid", ...stamps,
  },
  executions: {
    id: "uuid", tenant_id: "uuid", agent_id: "uuid", workflow_id: "uuid", execution_type: "execution_type",
    status: "execution_status", input_data: "jsonb", output_data: "jsonb", error_message: "text",
    started_at: "timestamptz", completed_at: "timestamptz", duration_ms: "int", tokens_used: "int", cost: "numeric",
    currency: "text", created_by: "uuid", ...stamps,
  },
  subscriptions: {
    id: "uuid", tenant_id: "uuid", plan_id: "uuid", status: "subscription_status", billing_interval: "billing_interval",
    current_period_start: "timestamptz", current_period_end: "timestamptz", trial_ends_at: "timestamptz",
    cancel_at_period_end: "boolean", canceled_at: "timestamptz", cancellation_reason: "text", ended_at: "timestamptz",
    external_id: "text", ...stamps,
  },
  usage_records: {
    tenant_id: "uuid", metric: "usage_metric", quantity: "bigint", period_start: "timestamptz",
    period_end: "timestamptz", created_at: "timestamptz",
  },
  api_keys: {
    id: "uuid", tenant_id: "uuid", name: "text", key_prefix: "text", key_hash: "text", scopes: "text[]",
    expires_at: "timestamptz", revoked_at: "timestamptz", revoked_reason: "text", last_used_at: "timestamptz",
    last_used_ip: "inet", created_by: "uuid", ...stamps,
  },
  blueprints: {
    id: "uuid", name: "text", description: "text", category: "text", definition: "jsonb", config: "jsonb",
    pricing_model: "pricing_model", price: "numeric", currency: "text", publisher_id: "uuid", is_public: "boolean",
    downloads: "int", rating: "numeric", reviews_count: "int", created_by: "uuid", ...stamps,
  },
  audit_logs: {
    tenant_id: "uuid", actor_type: "audit_actor_type", actor_id: "text", actor_email: "text", action: "text",
    resource_type: "text", resource_id: "text", details: "jsonb", ip_address: "inet", user_agent: "text",
    created_at: "timestamptz",
  },
} as const satisfies Record<string, ColumnTypes>;

export type SeedTable = keyof typeof TABLE_COLUMNS;

/** The console's data tables, parents first. console_staff and _prisma_migrations are never touched. */
export const DATA_TABLES: readonly SeedTable[] = [
  "plans", "plan_limits", "tenants", "users", "projects", "agents", "workflows", "executions",
  "subscriptions", "usage_records", "api_keys", "blueprints", "audit_logs",
];
