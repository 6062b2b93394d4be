import type { Random } from "./random";
import type { PlanRow, SubscriptionRow, SubscriptionStatus, TenantProfile, TenantStatus } from "./demo-rows";
import { CANCELLATION_REASONS } from "./catalog";
import { addDays, addMonths, addMs, DAY_MS, minDate } from "./time";

// One current subscription per tenant whose status fits the tenant's (a suspended tenant is
// unpaid or past due, a cancelled one canceled), plus an older canceled one for tenants that
// changed plans. The first tenants of each group take each allowed status once, so every
// subscription status appears in any seed of reasonable size.

const ALLOWED: Record<TenantStatus, SubscriptionStatus[]> = {
  active: ["active", "past_due", "paused"],
  trial: ["trialing", "incomplete"],
  suspended: ["unpaid", "past_due"],
  cancelled: ["canceled"],
};
const WEIGHTS: Record<TenantStatus, Partial<Record<SubscriptionStatus, number>>> = {
  active: { active: 84, past_due: 9, paused: 7 },
  trial: { trialing: 85, incomplete: 15 },
  suspended: { unpaid: 60, past_due: 40 },
  cancelled: { canceled: 1 },
};
const TIER_BELOW: Record<string, string> = { enterprise: "pro", pro: "starter", starter: "free", "team-legacy": "starter" };

/** The billing period that contains `at`, counting whole intervals from `anchor`. */
function periodAt(anchor: Date, at: Date, months: number): { start: Date; end: Date } {
  let start = anchor;
  for (let n = 1; addMonths(anchor, n * months) <= at; n++) start = addMonths(anchor, n * months);
  return { start, end: addMonths(start, months) };
}

function buildCurrent(random: Random, profile: TenantProfile, plan: PlanRow, status: SubscriptionStatus, since: Date, now: Date): SubscriptionRow {
  const { tenant } = profile;
  const isFree = plan.slug === "free";
  const interval = !isFree && random.chance(plan.slug === "enterprise" ? 0.7 : 0.22) ? "year" : "month";
  const months = interval === "year" ? 12 : 1;
  const base = { id: random.uuid(), tenant_id: tenant.id, plan_id: plan.id, status, billing_interval: interval, created_at: since } as const;
  const externalId = isFree ? null : `sub_${random.base62(14)}`;
  if (status === "trialing" || status === "incomplete") {
    const trialEnds = addDays(tenant.created_at, 14);
    const end = status === "trialing" ? trialEnds : addMonths(tenant.created_at, 1);
    return { ...base, billing_interval: "month", current_period_start: tenant.created_at, current_period_end: end,
      trial_ends_at: status === "trialing" ? trialEnds : null, cancel_at_period_end: false, canceled_at: null,
      cancellation_reason: null, ended_at: null, external_id: externalId, updated_at: addMs(tenant.created_at, DAY_MS * random.float(0, 1)) };
  }
  if (status === "canceled") {
    const canceledAt = addMs(now, -random.float(20, 80) * DAY_MS);
    const period = periodAt(since, canceledAt, months);
    const atPeriodEnd = random.chance(0.6) && period.end <= now;
    return { ...base, ...{ current_period_start: period.start, current_period_end: period.end }, trial_ends_at: null,
      cancel_at_period_end: atPeriodEnd, canceled_at: canceledAt, cancellation_reason: random.pick(CANCELLATION_REASONS),
      ended_at: atPeriodEnd ? period.end : canceledAt, external_id: externalId, updated_at: atPeriodEnd ? period.end : canceledAt };
  }
  const reference = status === "unpaid" || (status === "past_due" && tenant.suspended_at) ? tenant.suspended_at ?? now : now;
  const period = periodAt(since, reference, months);
  const scheduledCancel = status === "active" && !isFree && random.chance(0.1);
  return { ...base, current_period_start: period.start, current_period_end: period.end, trial_ends_at: null,
    cancel_at_period_end: scheduledCancel, canceled_at: null,
    cancellation_reason: scheduledCancel ? random.pick(CANCELLATION_REASONS) : null, ended_at: null,
    external_id: externalId, updated_at: minDate(addMs(period.start, random.float(0, 3) * DAY_MS), now) };
}

export function buildSubscriptions(random: Random, profiles: TenantProfile[], plans: PlanRow[], now: Date): SubscriptionRow[] {
  const planBySlug = new Map(plans.map((p) => [p.slug, p]));
  const seenPerGroup: Record<TenantStatus, number> = { active: 0, trial: 0, suspended: 0, cancelled: 0 };
  const rows: SubscriptionRow[] = [];
  for (const profile of profiles) {
    const group = profile.tenant.status;
    const index = seenPerGroup[group]++;
    const status = index < ALLOWED[group].length ? ALLOWED[group][index]! : random.weighted(WEIGHTS[group] as Record<SubscriptionStatus, number>);
    const plan = planBySlug.get(profile.planSlug)!;
    const tenantAgeDays = (now.getTime() - profile.tenant.created_at.getTime()) / DAY_MS;
    const lowerPlan = planBySlug.get(TIER_BELOW[plan.slug] ?? "");
    const changedPlan = group === "active" && lowerPlan !== undefined && tenantAgeDays > 200 && random.chance(0.35);
    const since = changedPlan ? addMs(profile.tenant.created_at, random.float(0.3, 0.7) * tenantAgeDays * DAY_MS) : profile.tenant.created_at;
    if (changedPlan) {
      const old = buildCurrent(random, profile, lowerPlan, "active", profile.tenant.created_at, since);
      rows.push({ ...old, status: "canceled", canceled_at: since, ended_at: since, cancel_at_period_end: false,
        cancellation_reason: `Plan changed to ${plan.name}.`, updated_at: since });
    }
    rows.push(buildCurrent(random, profile, plan, status, since, now));
  }
  return rows;
}
