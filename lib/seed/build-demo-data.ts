import { Random } from "./random";
import type { TenantProfile } from "./demo-rows";
import { buildPlans } from "./build-plans";
import { buildTenants } from "./build-tenants";
import { buildWorkspace, type Workspace } from "./build-workspaces";
import { buildExecutions } from "./build-executions";
import { buildSubscriptions } from "./build-subscriptions";
import { buildUsageRecords } from "./build-usage-records";
import { buildApiKeys } from "./build-api-keys";
import { buildBlueprints } from "./build-blueprints";
import { buildAuditLogs } from "./build-audit-logs";
import { addDays } from "./time";
import type { SeedTable } from "./table-columns";

// Builds the whole demo data set in memory, without a database. Every builder draws from its own
// fork of one seeded PRNG, so the result depends only on (seed, now, sizes).

export type DemoDataOptions = { seed: number; now: Date; tenants: number; auditRows: number; usageDays: number; auditDays: number };
export type DemoData = Record<SeedTable, readonly object[]>;

function pickShowcaseTenant(profiles: TenantProfile[], workspaces: Map<string, Workspace>): TenantProfile | undefined {
  return profiles
    .filter((p) => p.tenant.status === "active" && workspaces.get(p.tenant.id)!.agents.some((a) => a.status !== "draft"))
    .sort((a, b) => b.size - a.size)[0];
}

export function buildDemoData(options: DemoDataOptions): DemoData {
  const { now } = options;
  const random = new Random(options.seed);
  const { plans, planLimits } = buildPlans(random.fork("plans"), now);
  const profiles = buildTenants(random.fork("tenants"), now, options.tenants);
  const workspaces = new Map(profiles.map((p) => [p.tenant.id, buildWorkspace(random.fork(`workspace:${p.tenant.slug}`), p, now)]));
  // The largest active tenant shows every execution status at least once.
  const showcase = pickShowcaseTenant(profiles, workspaces);
  const executions = profiles.flatMap((p) =>
    buildExecutions(random.fork(`executions:${p.tenant.slug}`), p, workspaces.get(p.tenant.id)!, now, p === showcase));
  const subscriptions = buildSubscriptions(random.fork("subscriptions"), profiles, plans, now);
  const activeUntil = new Map<string, Date>();
  for (const { tenant } of profiles) {
    const ended = subscriptions.filter((s) => s.tenant_id === tenant.id && s.status === "canceled").at(-1)?.canceled_at;
    const until = tenant.status === "suspended" ? tenant.suspended_at : tenant.status === "cancelled" ? ended : null;
    if (until) activeUntil.set(tenant.id, until);
  }
  const usageRecords = buildUsageRecords(random.fork("usage"), profiles.map((profile) => ({
    profile, agentCount: workspaces.get(profile.tenant.id)!.agents.filter((a) => a.status !== "archived").length,
    activeUntil: activeUntil.get(profile.tenant.id) ?? null,
  })), now, options.usageDays);
  const apiKeys = buildApiKeys(random.fork("api-keys"), profiles, now);
  const blueprints = buildBlueprints(random.fork("blueprints"), profiles, now);
  const auditLogs = buildAuditLogs(random.fork("audit"), {
    profiles, workspaces, executions, apiKeys, subscriptions, plans, from: addDays(now, -options.auditDays), now,
  }, activeUntil, options.auditRows);
  const all = [...workspaces.values()];
  return {
    plans, plan_limits: planLimits, tenants: profiles.map((p) => p.tenant), users: profiles.flatMap((p) => p.users),
    projects: all.flatMap((w) => w.projects), agents: all.flatMap((w) => w.agents), workflows: all.flatMap((w) => w.workflows),
    executions, subscriptions, usage_records: usageRecords, api_keys: apiKeys, blueprints, audit_logs: auditLogs,
  };
}
