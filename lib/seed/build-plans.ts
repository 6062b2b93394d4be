import type { Random } from "./random";
import type { PlanLimitRow, PlanRow, UsageMetric } from "./demo-rows";
import { addDays } from "./time";

// Four active plans and one archived legacy plan. Limits are per billing month, except seats and
// agents, which cap what exists at any time.

type PlanSpec = {
  slug: string; name: string; description: string; monthly: string; yearly: string; features: string[];
  limits: Record<UsageMetric, number>; status?: "archived";
};

export const PLAN_SPECS: readonly PlanSpec[] = [
  {
    slug: "free", name: "Free", description: "For trying Agent Factory on a side project.", monthly: "0.00", yearly: "0.00",
    features: ["3 agents", "Community support", "7-day execution history"],
    limits: { executions: 1_000, tokens: 1_000_000, api_calls: 10_000, seats: 3, agents: 3 },
  },
  {
    slug: "starter", name: "Starter", description: "For small teams putting their first agents in production.",
    monthly: "49.00", yearly: "490.00",
    features: ["10 agents", "Email support", "30-day execution history", "Scheduled workflows"],
    limits: { executions: 10_000, tokens: 10_000_000, api_calls: 100_000, seats: 10, agents: 10 },
  },
  {
    slug: "pro", name: "Pro", description: "For teams running many agents and workflows every day.",
    monthly: "199.00", yearly: "1990.00",
    features: ["50 agents", "Priority support", "90-day execution history", "Blueprint marketplace publishing", "Audit log export"],
    limits: { executions: 100_000, tokens: 100_000_000, api_calls: 1_000_000, seats: 50, agents: 50 },
  },
  {
    slug: "enterprise", name: "Enterprise", description: "For organizations with compliance, SSO and volume needs.",
    monthly: "1499.00", yearly: "14990.00",
    features: ["Unlimited agents", "SAML SSO and SCIM", "Dedicated success manager", "99.95% uptime SLA", "1-year audit retention"],
    limits: { executions: 2_000_000, tokens: 2_000_000_000, api_calls: 20_000_000, seats: 1_000, agents: 500 },
  },
  {
    slug: "team-legacy", name: "Team (legacy)", description: "The 2024 team plan; no longer sold, kept for existing customers.",
    monthly: "99.00", yearly: "990.00", features: ["20 agents", "Email support"], status: "archived",
    limits: { executions: 40_000, tokens: 40_000_000, api_calls: 400_000, seats: 20, agents: 20 },
  },
];

export function buildPlans(random: Random, now: Date): { plans: PlanRow[]; planLimits: PlanLimitRow[] } {
  const createdAt = addDays(now, -900);
  const plans: PlanRow[] = [];
  const planLimits: PlanLimitRow[] = [];
  PLAN_SPECS.forEach((spec, index) => {
    const id = random.uuid();
    const updatedAt = addDays(now, -random.int(20, 200));
    plans.push({
      id, name: spec.name, slug: spec.slug, description: spec.description, price_monthly: spec.monthly,
      price_yearly: spec.yearly, currency: "USD", features: spec.features, status: spec.status ?? "active",
      sort_order: index * 10, created_at: createdAt, updated_at: updatedAt,
    });
    for (const [metric, limit] of Object.entries(spec.limits) as [UsageMetric, number][]) {
      planLimits.push({ id: random.uuid(), plan_id: id, metric, limit, created_at: createdAt, updated_at: updatedAt });
    }
  });
  return { plans, planLimits };
}
