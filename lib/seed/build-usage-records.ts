import type { Random } from "./random";
import type { TenantProfile, UsageMetric, UsageRecordRow } from "./demo-rows";
import { PLAN_SPECS } from "./build-plans";
import { addDays, addMs, minDate, startOfUtcDay, weekdayFactor } from "./time";

// Daily usage for every tenant and metric over the last `days` days (one row per tenant, metric
// and day, as the unique index demands). Flow metrics (executions, tokens, api_calls) follow each
// tenant's plan utilisation with growth, a weekly rhythm, noise and the odd batch-job spike;
// gauges (seats, agents) step up slowly. Days before sign-up or after the tenant stopped are 0.

export type UsageInput = { profile: TenantProfile; agentCount: number; activeUntil: Date | null };

export function buildUsageRecords(random: Random, inputs: UsageInput[], now: Date, days: number): UsageRecordRow[] {
  const rows: UsageRecordRow[] = [];
  const lastDayEnd = startOfUtcDay(now);
  for (const { profile, agentCount, activeUntil } of inputs) {
    const { tenant, users } = profile;
    const limits = PLAN_SPECS.find((p) => p.slug === profile.planSlug)!.limits;
    const utilisation = Math.min(1.3, Math.max(0.04, random.logNormal(0.4, 0.6)));
    const dailyExecutions = (limits.executions * utilisation) / 30;
    const tokensPerExecution = random.logNormal(2_600, 0.5);
    const callsPerExecution = random.float(2.5, 8);
    const growth = random.float(-0.2, 0.9);
    const seats = users.filter((u) => u.is_active).length;
    const stopsCounting = tenant.status === "cancelled";
    for (let d = 0; d < days; d++) {
      const periodStart = addDays(lastDayEnd, d - days);
      const periodEnd = addDays(periodStart, 1);
      const alive = periodEnd > tenant.created_at && (!activeUntil || periodStart < activeUntil);
      const progress = d / Math.max(1, days - 1);
      const trend = 1 + growth * progress;
      const spike = random.chance(0.02) ? random.float(2, 4) : 1;
      const flow = alive ? dailyExecutions * trend * weekdayFactor(periodStart) * spike * random.float(0.85, 1.15) : 0;
      const gaugeAlive = periodEnd > tenant.created_at && !(stopsCounting && activeUntil && periodStart >= activeUntil);
      const quantities: Record<UsageMetric, number> = {
        executions: Math.round(flow),
        tokens: Math.round(flow * tokensPerExecution),
        api_calls: Math.round(flow * callsPerExecution),
        seats: gaugeAlive ? Math.max(1, Math.round(seats * (0.75 + 0.25 * progress))) : 0,
        agents: gaugeAlive ? Math.max(1, Math.round(agentCount * (0.7 + 0.3 * progress))) : 0,
      };
      const createdAt = minDate(addMs(periodEnd, random.int(5, 50) * 60_000), now);
      for (const metric of Object.keys(quantities) as UsageMetric[]) {
        rows.push({ tenant_id: tenant.id, metric, quantity: quantities[metric], period_start: periodStart, period_end: periodEnd, created_at: createdAt });
      }
    }
  }
  return rows;
}
