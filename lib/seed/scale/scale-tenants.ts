import type pg from "pg";
import { CANCELLATION_REASONS, SUSPENSION_REASONS } from "../catalog";
import { hashSql, pickSql, uniformSql, uuidSql } from "./sql-hash";
import { SCALE_WORDS } from "./scale-vocabulary";

// Tenants for the scale seed, one set-based statement each. Tenant 1 is the busiest; sizes follow
// the same power law as the audit rows. The temp table scale_tenants carries per-tenant facts
// (user and key counts, plan, ids) that the later statements join on; every connection that
// writes chunks builds its own copy (it is a pure function of the parameters).

export type ScaleTenantParams = { tenants: number; exponent: number; now: Date; planIds: Record<string, string> };

const literal = (value: number) => {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
  return String(value);
};

export async function createTenantFacts(client: pg.ClientBase, params: ScaleTenantParams): Promise<void> {
  const { tenants, exponent, now, planIds } = params;
  await client.query("DROP TABLE IF EXISTS pg_temp.scale_tenants");
  await client.query(`
    CREATE TEMP TABLE scale_tenants (
      idx int PRIMARY KEY, id uuid NOT NULL, subscription_id uuid NOT NULL, name text NOT NULL, slug text NOT NULL,
      status tenant_status NOT NULL, plan_id uuid NOT NULL, plan_slug text NOT NULL, created_at timestamptz NOT NULL,
      suspended_at timestamptz, active_until timestamptz, n_users int NOT NULL, n_keys int NOT NULL
    )`);
  await client.query(`
    INSERT INTO scale_tenants
    SELECT i, ${uuidSql("tenant", "i")}, ${uuidSql("subscription", "i")},
      stem || ' ' || sector, lower(stem) || '-' || lower(sector) || '-' || to_hex(i), status, p.id, p.slug,
      CASE WHEN status = 'trial' THEN $1::timestamptz - make_interval(secs => (1 + 12 * ${uniformSql("i", 3)}) * 86400)
           ELSE $1::timestamptz - make_interval(secs => (45 + 1000 * ${uniformSql("i", 3)}) * 86400) END,
      CASE WHEN status = 'suspended' THEN $1::timestamptz - make_interval(secs => (1 + 40 * ${uniformSql("i", 4)}) * 86400) END,
      CASE WHEN status = 'suspended' THEN $1::timestamptz - make_interval(secs => (1 + 40 * ${uniformSql("i", 4)}) * 86400)
           WHEN status = 'cancelled' THEN $1::timestamptz - make_interval(secs => (20 + 60 * ${uniformSql("i", 4)}) * 86400) END,
      round(1 + 3 * ${uniformSql("i", 5)} + 300 * power(i::float8, -${literal(exponent)}::float8))::int,
      round(1 + 3 * ${uniformSql("i", 6)} + 25 * power(i::float8, -${literal(exponent)}::float8))::int
    FROM (
      SELECT i, ($2::text[])[${pickSql("i", 1, "cardinality($2::text[])")}] AS stem,
        ($3::text[])[${pickSql("i", 2, "cardinality($3::text[])")}] AS sector,
        (CASE WHEN i <= greatest(1, ${literal(tenants)} / 100) THEN 'active'
              WHEN ${uniformSql("i", 7)} < 0.70 THEN 'active' WHEN ${uniformSql("i", 7)} < 0.82 THEN 'trial'
              WHEN ${uniformSql("i", 7)} < 0.87 THEN 'suspended' ELSE 'cancelled' END)::tenant_status AS status,
        (i::float8 / ${literal(tenants)}) * (0.6 + 0.8 * ${uniformSql("i", 8)}) AS size_rank
      FROM generate_series(1, ${literal(tenants)}) AS i
    ) g
    JOIN (VALUES ('enterprise', $4::uuid), ('pro', $5::uuid), ('starter', $6::uuid), ('free', $7::uuid)) AS p(slug, id)
      ON p.slug = CASE WHEN g.status = 'trial' THEN (CASE WHEN ${uniformSql("i", 9)} < 0.7 THEN 'starter' ELSE 'pro' END)
                       WHEN size_rank <= 0.01 THEN 'enterprise' WHEN size_rank <= 0.08 THEN 'pro'
                       WHEN size_rank <= 0.4 THEN 'starter' ELSE 'free' END`,
    [now, SCALE_WORDS.stems, SCALE_WORDS.sectors, planIds.enterprise, planIds.pro, planIds.starter, planIds.free]);
  // Statistics for the joins on it in every chunk statement.
  await client.query("ANALYZE scale_tenants");
}

export async function insertScaleTenants(client: pg.ClientBase, now: Date): Promise<number> {
  const result = await client.query(`
    INSERT INTO tenants (id, name, slug, status, billing_email, settings, suspended_at, suspension_reason, created_at, updated_at)
    SELECT id, name, slug, status, 'billing@' || slug || '.example',
      jsonb_build_object('timezone', (ARRAY['UTC','Europe/Berlin','America/New_York','Asia/Singapore'])[${pickSql("idx", 11, 4)}],
        'data_region', (ARRAY['us-east-1','eu-west-1','eu-central-1','ap-southeast-1'])[${pickSql("idx", 12, 4)}],
        'sso_enabled', plan_slug = 'enterprise'),
      suspended_at, CASE WHEN suspended_at IS NOT NULL THEN ($2::text[])[${pickSql("idx", 13, "cardinality($2::text[])")}] END,
      created_at, coalesce(suspended_at, least($1::timestamptz, created_at + make_interval(secs => 86400 * 30 * ${uniformSql("idx", 14)})))
    FROM scale_tenants ORDER BY idx`, [now, [...SUSPENSION_REASONS]]);
  return result.rowCount ?? 0;
}

/** User ids and emails are pure functions of (tenant, user number), so audit rows can recompute them. */
export function userIdSql(tenantIdx: string, k: string): string {
  return uuidSql("user", tenantIdx, k);
}

export function userEmailSql(tenant: string, k: string, firstSlugs: string, lastSlugs: string): string {
  const userKey = `${tenant}.idx * 1000 + ${k}`;
  return `(${firstSlugs})[${pickSql(userKey, 27, `cardinality(${firstSlugs})`)}] || '.' || (${lastSlugs})[${pickSql(userKey, 28, `cardinality(${lastSlugs})`)}]
    || CASE WHEN ${k} > 1 THEN (${k})::text ELSE '' END || '@' || ${tenant}.slug || '.example'`;
}

export async function insertScaleUsers(client: pg.ClientBase, now: Date): Promise<number> {
  const userKey = "t.idx * 1000 + k";
  const result = await client.query(`
    INSERT INTO users (id, tenant_id, email, name, hashed_password, role, is_active, last_login_at, created_at, updated_at)
    SELECT ${userIdSql("t.idx", "k")}, t.id, ${userEmailSql("t", "k", "$2::text[]", "$3::text[]")},
      ($4::text[])[c.fi] || ' ' || ($5::text[])[c.li],
      CASE WHEN t.plan_slug = 'enterprise' THEN NULL ELSE '$2b$12$' || substr(md5('pw' || ${userKey}) || md5('salt' || ${userKey}), 1, 53) END,
      (CASE WHEN k = 1 THEN 'owner' WHEN k = 2 THEN 'admin' ELSE (ARRAY['admin','member','member','member','member','viewer','viewer'])[${pickSql(userKey, 21, 7)}] END)::user_role,
      k = 1 OR ${uniformSql(userKey, 22)} < 0.92,
      CASE WHEN ${uniformSql(userKey, 23)} < 0.06 THEN NULL
           ELSE greatest(c.created, $1::timestamptz - make_interval(secs => 86400 * 30 * power(${uniformSql(userKey, 24)}, 2))) END,
      c.created, least($1::timestamptz, c.created + make_interval(secs => 86400 * 40 * ${uniformSql(userKey, 26)}))
    FROM scale_tenants t
    CROSS JOIN LATERAL generate_series(1, t.n_users) AS k
    CROSS JOIN LATERAL (SELECT ${pickSql(userKey, 27, "cardinality($2::text[])")} AS fi, ${pickSql(userKey, 28, "cardinality($3::text[])")} AS li,
      least($1::timestamptz - interval '1 hour', t.created_at + make_interval(secs => 86400 * 30 * ${uniformSql(userKey, 25)} * (k > 1)::int)) AS created) c
    ORDER BY t.idx, k`,
    [now, SCALE_WORDS.firstSlugs, SCALE_WORDS.lastSlugs, SCALE_WORDS.firstNames, SCALE_WORDS.lastNames]);
  return result.rowCount ?? 0;
}

export async function insertScaleSubscriptions(client: pg.ClientBase, now: Date): Promise<number> {
  const result = await client.query(`
    INSERT INTO subscriptions (id, tenant_id, plan_id, status, billing_interval, current_period_start, current_period_end,
      trial_ends_at, cancel_at_period_end, canceled_at, cancellation_reason, ended_at, external_id, created_at, updated_at)
    SELECT subscription_id, id, plan_id, s.status::subscription_status, s.interval::billing_interval, s.period_start,
      s.period_start + CASE WHEN s.interval = 'year' THEN interval '1 year' WHEN s.status = 'trialing' THEN interval '14 days' ELSE interval '1 month' END,
      CASE WHEN s.status = 'trialing' THEN created_at + interval '14 days' END,
      s.status = 'active' AND plan_slug <> 'free' AND ${uniformSql("idx", 31)} < 0.08,
      CASE WHEN s.status = 'canceled' THEN t.active_until END,
      CASE WHEN s.status = 'canceled' THEN ($2::text[])[${pickSql("idx", 32, "cardinality($2::text[])")}] END,
      CASE WHEN s.status = 'canceled' THEN t.active_until END,
      CASE WHEN plan_slug = 'free' THEN NULL ELSE 'sub_' || substr(md5('sub:' || idx), 1, 24) END,
      created_at, greatest(created_at, s.period_start)
    FROM scale_tenants t
    CROSS JOIN LATERAL (
      SELECT st.status, st.interval,
        CASE WHEN st.status IN ('trialing', 'incomplete') THEN t.created_at
             ELSE greatest(t.created_at, coalesce(t.active_until, $1::timestamptz)
               - make_interval(days => CASE WHEN st.interval = 'year' THEN 1 + (${hashSql("idx", 33)} % 360)::int ELSE 1 + (${hashSql("idx", 33)} % 28)::int END)) END AS period_start
      FROM (SELECT
        CASE t.status WHEN 'trial' THEN (CASE WHEN ${uniformSql("idx", 34)} < 0.9 THEN 'trialing' ELSE 'incomplete' END)
          WHEN 'suspended' THEN (CASE WHEN ${uniformSql("idx", 34)} < 0.6 THEN 'unpaid' ELSE 'past_due' END)
          WHEN 'cancelled' THEN 'canceled'
          ELSE (CASE WHEN ${uniformSql("idx", 34)} < 0.85 THEN 'active' WHEN ${uniformSql("idx", 34)} < 0.93 THEN 'past_due' ELSE 'paused' END) END AS status,
        CASE WHEN t.plan_slug <> 'free' AND t.status <> 'trial' AND ${uniformSql("idx", 35)} < (CASE WHEN t.plan_slug = 'enterprise' THEN 0.7 ELSE 0.2 END)
          THEN 'year' ELSE 'month' END AS interval) st
    ) s
    ORDER BY idx`, [now, [...CANCELLATION_REASONS]]);
  return result.rowCount ?? 0;
}
