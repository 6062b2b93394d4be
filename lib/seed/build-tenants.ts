import type { Random } from "./random";
import type { TenantProfile, TenantRow, TenantStatus, UserRow } from "./demo-rows";
import { COMPANY_SECTORS, COMPANY_STEMS, COMPANY_SUFFIXES, FIRST_NAMES, LAST_NAMES, SUSPENSION_REASONS } from "./catalog";
import { addDays, addMs, DAY_MS, HOUR_MS, minDate } from "./time";

// Tenants and their users. Each tenant gets a "size" (log-normal, a few large customers and many
// small ones) that later builders use to scale agents, executions, usage and audit volume.

const STATUS_WEIGHTS: Record<TenantStatus, number> = { active: 62, trial: 16, suspended: 8, cancelled: 14 };
const ALL_STATUSES = Object.keys(STATUS_WEIGHTS) as TenantStatus[];

export function toSlug(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function planFor(status: TenantStatus, size: number, random: Random): string {
  if (status === "trial") return random.chance(0.7) ? "starter" : "pro";
  if (size > 4) return "enterprise";
  if (size > 1.6) return "pro";
  if (size > 0.7) return random.chance(0.15) ? "team-legacy" : "starter";
  return "free";
}

function uniqueCompanyNames(random: Random, count: number): string[] {
  const combos = COMPANY_STEMS.flatMap((stem) => COMPANY_SECTORS.map((sector) => `${stem} ${sector}`));
  const stemsUsed = new Set<string>();
  const names: string[] = [];
  for (const combo of random.sample(combos, combos.length)) {
    const stem = combo.split(" ")[0]!;
    // Prefer one company per stem, so names do not look machine-made.
    if (stemsUsed.has(stem) && stemsUsed.size < COMPANY_STEMS.length) continue;
    stemsUsed.add(stem);
    names.push(combo);
    if (names.length === count) break;
  }
  return names;
}

function buildUsers(random: Random, tenant: TenantRow, size: number, planSlug: string, domain: string, now: Date, emails: Set<string>): UserRow[] {
  const count = Math.min(40, Math.max(2, Math.round(2 + size * 4 + random.float(0, 3))));
  const ssoOnly = planSlug === "enterprise" && random.chance(0.7);
  const users: UserRow[] = [];
  for (let i = 0; i < count; i++) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const local = toSlug(`${first}.${last}`).replace(/-/g, ".");
    let email = `${local}@${domain}`;
    for (let n = 2; emails.has(email); n++) email = `${local}${n}@${domain}`;
    emails.add(email);
    const role = i === 0 ? "owner" : i === 1 && count > 3 ? "admin" : random.weighted({ admin: 12, member: 62, viewer: 26 } as const);
    const tenantAgeMs = now.getTime() - tenant.created_at.getTime();
    const createdAt = i === 0 ? tenant.created_at : addMs(tenant.created_at, random.float(0.05, 0.95) * tenantAgeMs);
    const isActive = i === 0 || random.chance(0.9);
    const neverLoggedIn = i > 0 && random.chance(0.08);
    const recency = tenant.status === "cancelled" || tenant.status === "suspended" ? random.float(20, 80) : random.float(0, 1) ** 2 * 30;
    const lastLogin = neverLoggedIn ? null : minDate(addMs(now, -recency * DAY_MS - random.float(0, 20) * HOUR_MS), addDays(now, -0.01));
    users.push({
      id: random.uuid(), tenant_id: tenant.id, email, name: `${first} ${last}`,
      hashed_password: ssoOnly ? null : `$2b$12$${random.base62(53)}`, role, is_active: isActive,
      last_login_at: lastLogin && lastLogin > createdAt ? lastLogin : null, created_at: createdAt,
      updated_at: addMs(createdAt, random.float(0, 0.5) * (now.getTime() - createdAt.getTime())),
    });
  }
  return users;
}

export function buildTenants(random: Random, now: Date, count: number): TenantProfile[] {
  const emails = new Set<string>();
  return uniqueCompanyNames(random, count).map((baseName, index) => {
    const status = index < ALL_STATUSES.length ? ALL_STATUSES[index]! : random.weighted(STATUS_WEIGHTS);
    const size = Math.min(12, Math.max(0.2, random.logNormal(1, 0.9)));
    const planSlug = planFor(status, size, random);
    const suffix = random.pick(COMPANY_SUFFIXES);
    const name = suffix ? `${baseName} ${suffix}` : baseName;
    const slug = toSlug(baseName);
    const domain = `${slug}.example`;
    const ageDays = status === "trial" ? random.float(2, 13) : random.float(100, 1000);
    const createdAt = addMs(now, -ageDays * DAY_MS);
    const suspendedAt = status === "suspended" ? addMs(now, -random.float(1, 40) * DAY_MS) : null;
    const tenant: TenantRow = {
      id: random.uuid(), name, slug, status, billing_email: random.pick(["billing", "finance", "accounts-payable"]) + `@${domain}`,
      settings: {
        timezone: random.pick(["UTC", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Asia/Singapore", "Europe/London"]),
        data_region: random.pick(["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-1"]),
        default_model: random.pick(["gpt-4o", "claude-sonnet-4", "gpt-4o-mini"]),
        sso_enabled: planSlug === "enterprise",
        execution_retention_days: planSlug === "enterprise" ? 365 : planSlug === "pro" ? 90 : 30,
      },
      suspended_at: suspendedAt, suspension_reason: suspendedAt ? random.pick(SUSPENSION_REASONS) : null,
      created_at: createdAt, updated_at: suspendedAt ?? addMs(createdAt, random.float(0.1, 1) * ageDays * DAY_MS * 0.9),
    };
    const users = buildUsers(random, tenant, size, planSlug, domain, now, emails);
    return { tenant, size, planSlug, users, domain };
  });
}
