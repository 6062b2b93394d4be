import { createHash, timingSafeEqual } from "node:crypto";
import type { MigrationStatus } from "../status";

// GET /api/migrations/status: the body is byte for byte what `npm run db:status -- --json` prints,
// for a signed-in staff member or a caller holding the read-only operations token.

export type TokenCheck = { kind: "none" } | { kind: "valid" } | { kind: "invalid"; sentence: string };

export const TOKEN_SENTENCES = {
  wrong: "The operations token is not valid. Send the token from MIGRATIONS_STATUS_TOKEN as \"Authorization: Bearer <token>\", or sign in.",
  notConfigured: "This console has no operations token (MIGRATIONS_STATUS_TOKEN is not set), so only a signed-in session can read the status.",
  malformed: "The Authorization header must be \"Bearer <token>\".",
} as const;

/** Compares in constant time: both sides are hashed first, so neither length nor content leaks. */
function sameToken(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

export function checkOperationsToken(authorization: string | null, configuredToken: string | null): TokenCheck {
  if (authorization === null || authorization.trim() === "") return { kind: "none" };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
  if (!match) return { kind: "invalid", sentence: TOKEN_SENTENCES.malformed };
  if (!configuredToken) return { kind: "invalid", sentence: TOKEN_SENTENCES.notConfigured };
  return sameToken(match[1]!, configuredToken) ? { kind: "valid" } : { kind: "invalid", sentence: TOKEN_SENTENCES.wrong };
}

const NO_STORE = { "Cache-Control": "no-store" };

/** The CLI prints JSON.stringify(status, null, 2) with console.log, which adds the newline. */
export function statusBody(status: MigrationStatus): string {
  return `${JSON.stringify(status, null, 2)}\n`;
}

export function statusResponse(status: MigrationStatus): Response {
  return new Response(statusBody(status), { status: 200, headers: { ...NO_STORE, "Content-Type": "application/json; charset=utf-8" } });
}

export function unauthorizedResponse(sentence: string): Response {
  return Response.json({ error: sentence }, { status: 401, headers: { ...NO_STORE, "WWW-Authenticate": 'Bearer realm="migrations"' } });
}

export function unavailableResponse(sentence: string): Response {
  return Response.json({ error: sentence }, { status: 503, headers: NO_STORE });
}
