import "server-only";
import { Prisma } from "../generated/prisma/client";

// One definition of a key's status, in TypeScript for a single row and in SQL for lists that
// filter or facet on it. A revoked key stays "revoked" even after its expiry passes.

export const API_KEY_STATUSES = ["active", "expired", "revoked"] as const;
export type ApiKeyStatus = (typeof API_KEY_STATUSES)[number];

export function apiKeyStatus(key: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): ApiKeyStatus {
  if (key.revokedAt) return "revoked";
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

const ALIAS_PATTERN = /^[a-z_][a-z0-9_]*$/;

/**
 * The same rule as a CASE expression over `alias`.revoked_at/expires_at, e.g.
 * Prisma.sql`WHERE ${apiKeyStatusSql("k")} = ${status}`. Without `now`, the database clock decides.
 */
export function apiKeyStatusSql(alias: string, now?: Date): Prisma.Sql {
  if (!ALIAS_PATTERN.test(alias)) throw new Error(`"${alias}" is not a plain table alias.`);
  const table = Prisma.raw(`"${alias}"`);
  const clock = now ? Prisma.sql`${now}::timestamptz` : Prisma.sql`now()`;
  return Prisma.sql`(CASE WHEN ${table}.revoked_at IS NOT NULL THEN 'revoked' WHEN ${table}.expires_at <= ${clock} THEN 'expired' ELSE 'active' END)`;
}
