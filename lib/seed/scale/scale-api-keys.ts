import type pg from "pg";
import { API_KEY_NAMES, REVOCATION_REASONS } from "../catalog";
import { ipSql, pickSql, uniformSql, uuidSql } from "./sql-hash";

// API keys for every tenant. Prefixes come from a bijection on 32 bits (multiply by an odd
// constant modulo 2^32), so they are unique without a lookup. The secret is two server-side
// gen_random_uuid() values, hashed with sha256 in the same expression and never stored.

const SCOPE_SETS = [
  "{agents:read,executions:read,usage:read}",
  "{agents:read,agents:write,executions:read,executions:write}",
  "{executions:write}",
  "{agents:read,blueprints:read,executions:read,workflows:read,workflows:write}",
  "{agents:read,agents:write,executions:read,executions:write,usage:read,workflows:read,workflows:write}",
];

export function apiKeyIdSql(tenantIdx: string, k: string): string {
  return uuidSql("api_key", tenantIdx, k);
}

export async function insertScaleApiKeys(client: pg.ClientBase, now: Date): Promise<number> {
  const keyNo = "t.idx * 64 + k";
  const result = await client.query(`
    INSERT INTO api_keys (id, tenant_id, name, key_prefix, key_hash, scopes, expires_at, revoked_at, revoked_reason,
      last_used_at, last_used_ip, created_by, created_at, updated_at)
    SELECT id, tenant_id, name, prefix,
      encode(sha256(convert_to(prefix || replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''), 'UTF8')), 'hex'),
      scopes, expires_at, revoked_at, CASE WHEN revoked_at IS NOT NULL THEN revoked_reason END,
      last_used, CASE WHEN last_used IS NOT NULL THEN ip END, created_by, created, coalesce(revoked_at, last_used, created)
    FROM (
      SELECT ${apiKeyIdSql("t.idx", "k")} AS id, t.id AS tenant_id,
        ($2::text[])[${pickSql(keyNo, 41, "cardinality($2::text[])")}] AS name,
        'afk_live_' || lpad(to_hex(((${keyNo})::bigint * 2654435761) % 4294967296), 8, '0') AS prefix,
        ($3::text[])[${pickSql(keyNo, 42, "cardinality($3::text[])")}]::text[] AS scopes,
        CASE WHEN state = 'expired' THEN created + ($1::timestamptz - created) * (0.3 + 0.6 * ${uniformSql(keyNo, 43)})
             WHEN ${uniformSql(keyNo, 44)} < 0.35 THEN $1::timestamptz + make_interval(secs => 86400 * (10 + 300 * ${uniformSql(keyNo, 43)})) END AS expires_at,
        CASE WHEN state = 'revoked' THEN created + ($1::timestamptz - created) * (0.2 + 0.75 * ${uniformSql(keyNo, 45)}) END AS revoked_at,
        ($4::text[])[${pickSql(keyNo, 46, "cardinality($4::text[])")}] AS revoked_reason,
        CASE state WHEN 'unused' THEN NULL
          WHEN 'active' THEN greatest(created, $1::timestamptz - make_interval(secs => 86400 * 5 * power(${uniformSql(keyNo, 47)}, 3)))
          ELSE created + ($1::timestamptz - created) * 0.2 * ${uniformSql(keyNo, 47)} END AS last_used,
        ${ipSql(keyNo, 48)} AS ip, ${uuidSql("user", "t.idx", "1")} AS created_by, created
      FROM scale_tenants t
      CROSS JOIN LATERAL generate_series(1, t.n_keys) AS k
      CROSS JOIN LATERAL (SELECT
        CASE WHEN ${uniformSql(keyNo, 40)} < 0.12 THEN 'revoked' WHEN ${uniformSql(keyNo, 40)} < 0.20 THEN 'expired'
             WHEN ${uniformSql(keyNo, 40)} < 0.35 THEN 'unused' ELSE 'active' END AS state,
        least($1::timestamptz - interval '1 day', t.created_at + ($1::timestamptz - t.created_at) * ${uniformSql(keyNo, 49)}) AS created) s
      ORDER BY t.idx, k
    ) keys`, [now, [...API_KEY_NAMES], SCOPE_SETS, [...REVOCATION_REASONS]]);
  return result.rowCount ?? 0;
}
