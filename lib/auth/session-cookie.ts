import type { CookiesOptions } from "next-auth";
import { decode, encode } from "next-auth/jwt";
import { parseSessionClaims, type SessionClaims } from "./session-token";

// The console's cookies: HttpOnly, SameSite=Lax, and Secure (with the matching name prefix) in
// production. Shared by next-auth's options, proxy.ts and the guards, so all three agree.

const BASE_OPTIONS = { httpOnly: true, sameSite: "lax" as const, path: "/" };

export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}afc.session-token`;
}

export function authCookies(secure: boolean): CookiesOptions {
  return {
    sessionToken: { name: sessionCookieName(secure), options: { ...BASE_OPTIONS, secure } },
    callbackUrl: { name: `${secure ? "__Secure-" : ""}afc.callback-url`, options: { ...BASE_OPTIONS, secure } },
    csrfToken: { name: `${secure ? "__Host-" : ""}afc.csrf-token`, options: { ...BASE_OPTIONS, secure } },
  } as CookiesOptions;
}

/** The session token from a request's cookies; next-auth splits a large one into `.0`, `.1`, … */
export function readSessionCookie(cookies: Array<{ name: string; value: string }>, secure: boolean): string | null {
  const name = sessionCookieName(secure);
  const whole = cookies.find((cookie) => cookie.name === name);
  if (whole) return whole.value || null;
  const chunks = cookies
    .filter((cookie) => cookie.name.startsWith(`${name}.`))
    .map((cookie) => ({ index: Number(cookie.name.slice(name.length + 1)), value: cookie.value }))
    .filter((chunk) => Number.isInteger(chunk.index))
    .sort((a, b) => a.index - b.index);
  return chunks.length > 0 ? chunks.map((chunk) => chunk.value).join("") : null;
}

export type DecodedSession = SessionClaims & { iat: number; exp: number };

/** The claims of a session token, or null when it is forged, expired (idle too long) or malformed. */
export async function decodeSessionToken(token: string, secret: string): Promise<DecodedSession | null> {
  try {
    const payload = await decode({ token, secret });
    const claims = parseSessionClaims(payload);
    if (!claims || typeof payload?.iat !== "number" || typeof payload.exp !== "number") return null;
    return { ...claims, iat: payload.iat, exp: payload.exp };
  } catch {
    return null;
  }
}

/** A fresh token for the same claims, valid for `maxAgeSeconds` from now (the idle timeout). */
export async function encodeSessionToken(claims: SessionClaims, secret: string, maxAgeSeconds: number): Promise<string> {
  return encode({ token: { ...claims }, secret, maxAge: maxAgeSeconds });
}
