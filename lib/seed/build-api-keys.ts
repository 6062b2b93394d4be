import { createHash, randomBytes } from "node:crypto";
import type { Random } from "./random";
import type { ApiKeyRow, TenantProfile } from "./demo-rows";
import { API_KEY_NAMES, API_SCOPES, REVOCATION_REASONS } from "./catalog";
import { pickIpAddress } from "./ip-addresses";
import { addDays, addMs, DAY_MS, HOUR_MS, maxDate, minDate } from "./time";

// API keys as the platform stores them: a public prefix and the sha256 of the full key. The secret
// part comes from crypto.randomBytes, not the seeded PRNG, and is dropped at once: nobody can
// rebuild a working key from the seed. So key_hash is the one column that differs between runs.

type KeyState = "active" | "revoked" | "expired" | "unused";
const STATE_WEIGHTS: Record<KeyState, number> = { active: 60, revoked: 15, expired: 10, unused: 15 };
const FORCED_STATES: readonly KeyState[] = ["revoked", "expired", "unused"];
export const KEY_PREFIX_PATTERN = /^afk_(live|test)_[0-9A-Za-z]{8}$/;

export function hashApiKey(fullKey: string): string {
  return createHash("sha256").update(fullKey).digest("hex");
}

function newKeyHash(prefix: string): string {
  return hashApiKey(`${prefix}${randomBytes(24).toString("base64url")}`);
}

export function buildApiKeys(random: Random, profiles: TenantProfile[], now: Date): ApiKeyRow[] {
  const prefixes = new Set<string>();
  const rows: ApiKeyRow[] = [];
  for (const { tenant, size, users } of profiles) {
    const creators = users.filter((u) => u.role === "owner" || u.role === "admin");
    const count = Math.min(10, Math.max(1, Math.round(1 + size * 1.5 + random.float(-0.5, 1))));
    for (let i = 0; i < count; i++) {
      const state = FORCED_STATES[rows.length] ?? random.weighted(STATE_WEIGHTS);
      const name = random.pick(API_KEY_NAMES);
      const environment = name === "Staging" || name === "Local development" ? "test" : "live";
      let prefix = `afk_${environment}_${random.base62(8)}`;
      while (prefixes.has(prefix)) prefix = `afk_${environment}_${random.base62(8)}`;
      prefixes.add(prefix);
      const earliest = addMs(tenant.created_at, DAY_MS);
      const createdAt = minDate(addMs(earliest, random.float(0, 1) * Math.max(DAY_MS, now.getTime() - earliest.getTime() - 2 * DAY_MS)), addMs(now, -HOUR_MS));
      const lifetimeDays = random.pick([90, 180, 365]);
      let expiresAt = state === "expired" || random.chance(0.35) ? addDays(createdAt, lifetimeDays) : null;
      if (state === "expired" && expiresAt && expiresAt >= now) expiresAt = addMs(now, -random.float(1, 60) * DAY_MS);
      if (state !== "expired" && expiresAt && expiresAt < now) expiresAt = addDays(now, random.int(10, 200));
      const revokedAt = state === "revoked" ? addMs(createdAt, random.float(0.2, 0.95) * (now.getTime() - createdAt.getTime())) : null;
      const usableUntil = minDate(revokedAt ?? now, expiresAt && expiresAt < now ? expiresAt : now);
      const lastUsedAt = state === "unused" ? null
        : maxDate(createdAt, addMs(usableUntil, -(state === "active" ? random.float(0, 1) ** 3 * 5 : random.float(0, 20)) * DAY_MS));
      rows.push({
        id: random.uuid(), tenant_id: tenant.id, name, key_prefix: prefix, key_hash: newKeyHash(prefix),
        scopes: random.chance(0.25) ? ["agents:read", "executions:read", "usage:read"] : random.sample(API_SCOPES, random.int(2, 6)).sort(),
        expires_at: expiresAt, revoked_at: revokedAt, revoked_reason: revokedAt ? random.pick(REVOCATION_REASONS) : null,
        last_used_at: lastUsedAt, last_used_ip: lastUsedAt ? pickIpAddress(random, 0.1) : null,
        created_by: creators.length > 0 ? random.pick(creators).id : null,
        created_at: createdAt, updated_at: revokedAt ?? lastUsedAt ?? createdAt,
      });
    }
  }
  return rows;
}
