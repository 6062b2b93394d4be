import type pg from "pg";
import { SYSTEM_USER_AGENT } from "../catalog";
import { QUANTILE_STEPS } from "./time-quantiles";
import { hashSql, ipSql, pickSql, uniformSql, uuidSql } from "./sql-hash";
import { apiKeyIdSql } from "./scale-api-keys";
import { userEmailSql, userIdSql } from "./scale-tenants";
import { actionSlots, SCALE_WORDS } from "./scale-vocabulary";

// One chunk of audit rows per statement: row i (of `total`) gets a tenant from the power law, an
// actor and action from weighted slots, and a timestamp from the time quantiles, so that ids grow
// with created_at. A few users, keys and agents do most of each tenant's work.

export type AuditShape = { total: number; tenants: number; c: number; e: number };

const userKey = "t.idx * 1000 + x.uk";
const keyNo = "t.idx * 64 + x.kk";
const requestId = `'req_' || lpad(to_hex(${hashSql("r.i", 110)}), 12, '0')`;

function tenantIdxSql(shape: AuditShape, salt: number): string {
  return `least(${shape.tenants}, floor(power(1 + ${uniformSql("i", salt)} * ${shape.c}::float8, ${shape.e}::float8)))::int`;
}

function aliveSql(tenant: string): string {
  return `(r.at >= ${tenant}.created_at AND (${tenant}.active_until IS NULL OR r.at < ${tenant}.active_until))`;
}

/** A UUIDv7-style id (48-bit milliseconds first), as modern backends give executions. */
function timeOrderedUuidSql(at: string, seedExpr: string): string {
  const hex = `md5((${seedExpr})::text)`;
  return `(lpad(to_hex((extract(epoch FROM ${at}) * 1000)::bigint), 12, '0') || '7' || substr(${hex}, 1, 3) || '8' || substr(${hex}, 4, 15))::uuid`;
}

/** Picks a weighted slot with a CASE over cumulative thresholds (no per-row array walk). */
function slotSql(): string {
  const slots = actionSlots();
  const total = slots.reduce((sum, slot) => sum + slot.weight, 0);
  let cumulative = 0;
  const branches = slots.slice(0, -1).map((slot, index) => {
    cumulative += slot.weight;
    return `WHEN u < ${cumulative / total} THEN ${index + 1}`;
  });
  return `CASE ${branches.map((b) => b.replace("WHEN u <", "WHEN s.u <")).join(" ")} ELSE ${slots.length} END`;
}

export function auditColumns(): [string, string][] {
  return [
    // Explicit ids in time order. The audit chain trigger keeps them unless a later chunk
    // committed first, in which case it renumbers that chunk after it.
    ["id", "r.i"],
    ["tenant_id", "t.id"],
    ["actor_type", "x.actor::audit_actor_type"],
    ["actor_id", `CASE x.actor WHEN 'user' THEN ${userIdSql("t.idx", "x.uk")}::text WHEN 'api_key' THEN ${apiKeyIdSql("t.idx", "x.kk")}::text
      WHEN 'staff' THEN ($8::text[])[x.sk] END`],
    ["actor_email", `CASE x.actor WHEN 'user' THEN ${userEmailSql("t", "x.uk", "$6::text[]", "$7::text[]")} WHEN 'staff' THEN ($9::text[])[x.sk] END`],
    ["action", "x.action"],
    ["resource_type", "x.resource"],
    ["resource_id", `CASE x.resource WHEN 'tenant' THEN t.id::text WHEN 'subscription' THEN t.subscription_id::text
      WHEN 'user' THEN ${userIdSql("t.idx", "x.uk")}::text WHEN 'api_key' THEN ${apiKeyIdSql("t.idx", "x.kk")}::text
      WHEN 'execution' THEN ${timeOrderedUuidSql("r.at", "r.i")}::text
      ELSE ${uuidSql("resource", "x.resource", "t.idx", `floor(48 * power(${uniformSql("r.i", 111)}, 3))`)}::text END`],
    ["details", `CASE x.action
      WHEN 'execution.failed' THEN jsonb_build_object('request_id', ${requestId}, 'error', ($12::text[])[${pickSql("r.i", 112, "cardinality($12::text[])")}],
        'duration_ms', ${hashSql("r.i", 113)} % 300000)
      WHEN 'agent.updated' THEN jsonb_build_object('request_id', ${requestId},
        'before', jsonb_build_object('model', ($13::text[])[${pickSql("r.i", 114, "cardinality($13::text[])")}]),
        'after', jsonb_build_object('model', ($13::text[])[${pickSql("r.i", 115, "cardinality($13::text[])")}]))
      WHEN 'user.login' THEN jsonb_build_object('request_id', ${requestId},
        'method', CASE WHEN t.plan_slug = 'enterprise' THEN 'saml' ELSE 'password' END, 'mfa', ${uniformSql("r.i", 116)} < 0.6)
      WHEN 'subscription.updated' THEN jsonb_build_object('request_id', ${requestId},
        'before', jsonb_build_object('plan', 'starter'), 'after', jsonb_build_object('plan', t.plan_slug))
      WHEN 'execution.started' THEN jsonb_build_object('request_id', ${requestId}, 'input_bytes', ${hashSql("r.i", 117)} % 40000)
      ELSE jsonb_build_object('request_id', ${requestId}) END`],
    ["ip_address", `CASE x.actor WHEN 'system' THEN NULL
      WHEN 'user' THEN CASE WHEN ${uniformSql("r.i", 118)} < 0.88 THEN ${ipSql(userKey, 60)} ELSE ${ipSql("r.i", 64)} END
      WHEN 'api_key' THEN ${ipSql(keyNo, 48)}
      ELSE ${ipSql("x.sk", 68)} END`],
    ["user_agent", `CASE x.actor WHEN 'system' THEN '${SYSTEM_USER_AGENT}'
      WHEN 'api_key' THEN ($11::text[])[${pickSql(keyNo, 119, "cardinality($11::text[])")}]
      ELSE ($10::text[])[${pickSql(userKey, 120, "cardinality($10::text[])")}] END`],
    ["created_at", "greatest(r.at, t.created_at + interval '1 minute')"],
  ];
}

export function auditFromSql(shape: AuditShape): string {
  return `
    FROM (
      SELECT i, ${tenantIdxSql(shape, 101)} AS first_idx, ${tenantIdxSql(shape, 107)} AS second_idx,
        ${slotSql()} AS slot,
        $2::timestamptz + make_interval(secs => q.lo + (q.hi - q.lo) * q.frac) AS at
      FROM generate_series($14::bigint, $15::bigint) AS i
      CROSS JOIN LATERAL (SELECT ${uniformSql("i", 102)} AS u) s
      CROSS JOIN LATERAL (SELECT ((i - 1) + ${uniformSql("i", 103)}) / ${shape.total} * ${QUANTILE_STEPS} AS pos) p
      CROSS JOIN LATERAL (SELECT ($1::float8[])[floor(p.pos)::int + 1] AS lo, ($1::float8[])[floor(p.pos)::int + 2] AS hi,
        p.pos - floor(p.pos) AS frac) q
    ) r
    JOIN scale_tenants ta ON ta.idx = r.first_idx
    JOIN scale_tenants tb ON tb.idx = r.second_idx
    -- A tenant only acts while it exists: draw again, then fall back to the busiest tenant.
    JOIN scale_tenants t ON t.idx = CASE WHEN ${aliveSql("ta")} THEN ta.idx WHEN ${aliveSql("tb")} THEN tb.idx ELSE 1 END
    CROSS JOIN LATERAL (SELECT ($3::text[])[r.slot] AS actor, ($4::text[])[r.slot] AS action, ($5::text[])[r.slot] AS resource,
      1 + floor(t.n_users * power(${uniformSql("r.i", 104)}, 2.5))::int AS uk, 1 + floor(t.n_keys * power(${uniformSql("r.i", 105)}, 2))::int AS kk,
      ${pickSql("r.i", 106, "cardinality($8::text[])")} AS sk) x`;
}

export function auditChunkSql(shape: AuditShape): string {
  const columns = auditColumns();
  return `INSERT INTO audit_logs (${columns.map(([name]) => name).join(", ")})
    SELECT ${columns.map(([, expr]) => expr).join(",\n      ")}
    ${auditFromSql(shape)}
    ORDER BY r.i`;
}

export function auditChunkParams(quantiles: number[], from: Date, start: number, end: number): unknown[] {
  const slots = actionSlots();
  return [
    quantiles, from, slots.map((s) => s.actor), slots.map((s) => s.action), slots.map((s) => s.resource),
    SCALE_WORDS.firstSlugs, SCALE_WORDS.lastSlugs, SCALE_WORDS.staffIds, SCALE_WORDS.staffEmails, SCALE_WORDS.browsers,
    SCALE_WORDS.apiClients, SCALE_WORDS.errors, SCALE_WORDS.models, start, end,
  ];
}

export async function insertAuditChunk(client: pg.ClientBase, sql: string, params: unknown[]): Promise<number> {
  const result = await client.query(sql, params);
  return result.rowCount ?? 0;
}
