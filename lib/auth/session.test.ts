import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { queryValue } from "../testing/sql";
import { buildAuthOptions } from "./auth-options";
import { auditRows, insertStaff, LIFETIME, THROTTLE, useAuthDatabase } from "./auth-test-kit";
import { decodeSessionToken, encodeSessionToken, readSessionCookie } from "./session-cookie";
import { claimsForStaff, type SessionClaims } from "./session-token";

const db = useAuthDatabase();
const SECRET = "a-test-secret-that-is-long-enough-for-hkdf";
const REQUEST = { ipAddress: "203.0.113.9", userAgent: "vitest" };

function options() {
  return buildAuthOptions({
    prisma: db.prisma,
    settings: { secret: SECRET, secureCookies: true, lifetime: LIFETIME, throttle: THROTTLE },
    requestContext: async () => REQUEST,
  });
}

/** next-auth's jwt callback, as it runs on every request that reads the session. */
async function recheck(token: JWT): Promise<JWT> {
  const jwt = options().callbacks!.jwt!;
  return jwt({ token, user: undefined as never, account: null }) as Promise<JWT>;
}

async function signedInToken(role: "admin" | "support" = "admin"): Promise<{ token: JWT; id: string }> {
  const staff = await insertStaff(db.prisma, { role });
  const jwt = options().callbacks!.jwt!;
  const token = (await jwt({ token: { sub: staff.id }, user: { ...staff } as never, account: null, trigger: "signIn" })) as JWT;
  return { token, id: staff.id };
}

describe("the jwt callback re-checks the account on every request", () => {
  it("puts the account's id, role and session version in the token at sign-in", async () => {
    const { token, id } = await signedInToken("support");
    expect(token).toMatchObject({ sub: id, role: "support", sv: 1, authAt: expect.any(Number) });
    expect(await recheck(token)).toMatchObject({ sub: id, role: "support" });
  });

  it("ends the session of an account disabled since", async () => {
    const { token, id } = await signedInToken();
    await db.prisma.consoleStaff.update({ where: { id }, data: { disabledAt: new Date() } });
    await expect(recheck(token)).rejects.toThrow("This session has ended.");
  });

  it("applies a lowered role on the next request", async () => {
    const { token, id } = await signedInToken("admin");
    await db.prisma.consoleStaff.update({ where: { id }, data: { role: "support", name: "Renamed Person" } });
    expect(await recheck(token)).toMatchObject({ sub: id, role: "support", name: "Renamed Person" });
  });

  it("ends the session when the session version was bumped (password reset, sign-out elsewhere)", async () => {
    const { token, id } = await signedInToken();
    await db.prisma.consoleStaff.update({ where: { id }, data: { sessionVersion: { increment: 1 } } });
    await expect(recheck(token)).rejects.toThrow("This session has ended.");
  });

  it("ends a session past its absolute lifetime, however active, and one whose account is gone", async () => {
    const { token } = await signedInToken();
    const thirteenHoursAgo = Math.floor(Date.now() / 1000) - 13 * 3600;
    await expect(recheck({ ...token, authAt: thirteenHoursAgo })).rejects.toThrow("This session has ended.");
    await expect(recheck({ ...token, sub: "00000000-0000-4000-8000-000000000000" })).rejects.toThrow("This session has ended.");
    await expect(recheck({ sub: token.sub })).rejects.toThrow("This session has ended.");
  });
});

describe("the session cookie", () => {
  const claims: SessionClaims = { sub: "00000000-0000-4000-8000-000000000001", email: "a@example.com", name: "A", role: "admin", sv: 3, authAt: 1_800_000_000 };

  it("round-trips its claims, encrypted, and expires after the idle timeout", async () => {
    const token = await encodeSessionToken(claims, SECRET, 3600);
    expect(token).not.toContain("a@example.com");
    expect(await decodeSessionToken(token, SECRET)).toMatchObject({ ...claims, exp: expect.any(Number), iat: expect.any(Number) });
    expect(await decodeSessionToken(token, "another-secret-of-enough-length-here")).toBeNull();
    expect(await decodeSessionToken(await encodeSessionToken(claims, SECRET, -120), SECRET)).toBeNull();
    expect(await decodeSessionToken("not-a-token", SECRET)).toBeNull();
  });

  it("is read by its secure name, or put back together from next-auth's chunks", () => {
    expect(readSessionCookie([{ name: "__Secure-afc.session-token", value: "abc" }], true)).toBe("abc");
    expect(readSessionCookie([{ name: "afc.session-token", value: "abc" }], true)).toBeNull();
    expect(readSessionCookie([{ name: "afc.session-token.1", value: "def" }, { name: "afc.session-token.0", value: "abc" }], false)).toBe("abcdef");
  });

  it("takes its cookie flags from the settings: HttpOnly, SameSite=Lax, Secure in production", () => {
    expect(options().cookies?.sessionToken).toEqual({
      name: "__Secure-afc.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
    expect(options().session).toEqual({ strategy: "jwt", maxAge: 3600 });
  });
});

describe("signing out", () => {
  it("bumps the session version, so copies of the cookie stop working, and audits auth.sign_out", async () => {
    const { token, id } = await signedInToken();
    await options().events!.signOut!({ token, session: null as never });
    expect(await queryValue<number>(db.url, "SELECT session_version AS value FROM console_staff WHERE id = $1", [id])).toBe(2);
    await expect(recheck(token)).rejects.toThrow("This session has ended.");
    expect(await auditRows(db.url, "resource_id = $1", [id])).toEqual([
      expect.objectContaining({ action: "auth.sign_out", actor_type: "staff", actor_id: id, ip: REQUEST.ipAddress, details: { sessionEnded: true } }),
    ]);
  });
});

describe("the redirect callback", () => {
  it("only ever returns a path on this site", async () => {
    const redirect = options().callbacks!.redirect!;
    const baseUrl = "https://console.example.com";
    expect(await redirect({ url: "/tenants?page=2", baseUrl })).toBe("https://console.example.com/tenants?page=2");
    expect(await redirect({ url: "https://console.example.com/plans", baseUrl })).toBe("https://console.example.com/plans");
    expect(await redirect({ url: "https://evil.example/", baseUrl })).toBe("https://console.example.com/");
    expect(await redirect({ url: "//evil.example", baseUrl })).toBe("https://console.example.com/");
  });
});

it("claimsForStaff records the sign-in time in seconds", () => {
  const claims = claimsForStaff({ id: "x", email: "e", name: "n", role: "support", sessionVersion: 4 }, new Date("2026-11-29T00:00:00Z"));
  expect(claims).toEqual({ sub: "x", email: "e", name: "n", role: "support", sv: 4, authAt: 1_795_910_400 });
});
