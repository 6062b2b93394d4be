// Deterministic pseudo-random SQL expressions for set-based generation. hashint8extended is a
// built-in, fast 64-bit hash; different salts give independent streams for the same row index.

const MASK_48 = "281474976710655";
const TWO_48 = "281474976710656.0";

/** A bigint in [0, 2^48) derived from `expr` and `salt`. */
export function hashSql(expr: string, salt: number): string {
  return `(hashint8extended((${expr})::bigint, ${salt}) & ${MASK_48})`;
}

/** A double in [0, 1). */
export function uniformSql(expr: string, salt: number): string {
  return `(${hashSql(expr, salt)}::float8 / ${TWO_48})`;
}

/** An integer in [1, n] (n may be an SQL expression), handy as a 1-based array subscript. */
export function pickSql(expr: string, salt: number, n: string | number): string {
  return `(1 + ${hashSql(expr, salt)} % (${n}))::int`;
}

/** A version-4-shaped UUID that is a pure function of its inputs (other statements recompute it). */
export function uuidSql(label: string, ...parts: string[]): string {
  const digest = `md5('${label}:' || ${parts.map((p) => `(${p})::text`).join(" || ':' || ")})`;
  // Version and variant nibbles set, so strict UUID validators (zod's z.uuid()) accept the ids.
  return `overlay(overlay(${digest} placing '4' from 13) placing '8' from 17)::uuid`;
}

const IPV4_FIRST_OCTETS = "ARRAY[3,18,34,35,44,52,54,81,85,92,104,141,185,188,203]";

/** A client address: mostly public-looking IPv4, a share of IPv6 under 2001:db8::/32. */
export function ipSql(expr: string, salt: number, ipv6Share = 0.1): string {
  return `(CASE WHEN ${uniformSql(expr, salt)} < ${ipv6Share}
    THEN '2001:db8::'::inet + (${hashSql(expr, salt + 1)} % 1099511627776)
    ELSE '0.0.0.0'::inet + ((${IPV4_FIRST_OCTETS})[${pickSql(expr, salt + 2, 15)}]::bigint * 16777216 + ${hashSql(expr, salt + 3)} % 16777215 + 1) END)`;
}
