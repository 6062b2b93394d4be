import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeSessionToken, encodeSessionToken } from "./session-cookie";
import type { SessionClaims } from "./session-token";

const SECRET = "a-test-secret-that-is-long-enough-for-hkdf";
const LIFETIME = { maxAgeSeconds: 12 * 3600, idleSeconds: 3600 };

vi.mock("./auth-settings", () => ({
  getAuthSettings: () => ({ secret: SECRET, secureCookies: true, lifetime: LIFETIME, throttle: { windowMinutes: 15, maxFailuresPerAccount: 5, maxFailuresPerIp: 5 } }),
}));

const { proxy } = await import("../../proxy");

const COOKIE = "__Secure-afc.session-token";
const nowSeconds = () => Math.floor(Date.now() / 1000);
const claims = (authAt = nowSeconds()): SessionClaims => ({ sub: "00000000-0000-4000-8000-000000000001", email: "a@example.com", name: "A", role: "admin", sv: 1, authAt });

/** A session token as it would have been issued `secondsAgo` seconds ago. */
async function tokenIssued(secondsAgo: number, authAt?: number): Promise<string> {
  vi.useFakeTimers({ now: Date.now() - secondsAgo * 1000, toFake: ["Date"] });
  try {
    return await encodeSessionToken(claims(authAt ?? nowSeconds()), SECRET, LIFETIME.idleSeconds);
  } finally {
    vi.useRealTimers();
  }
}

function request(path: string, init: { method?: string; token?: string; headers?: Record<string, string> } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("cookie", `${COOKIE}=${init.token}`);
  return new NextRequest(new URL(path, "https://console.example.com"), { method: init.method ?? "GET", headers });
}

afterEach(() => {
  vi.useRealTimers();
});

describe("proxy.ts", () => {
  it("sends anonymous page loads to the login page, remembering the page but not Next.js's _rsc parameter", async () => {
    const response = await proxy(request("/tenants?page=2&_rsc=abc"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("https://console.example.com/login?callbackUrl=%2Ftenants%3Fpage%3D2");
  });

  it("leaves public pages, API routes and server action POSTs to their own checks", async () => {
    for (const path of ["/login", "/login?callbackUrl=%2F", "/invite/some-token", "/api/exports/audit"]) {
      expect((await proxy(request(path))).status, path).toBe(200);
    }
    expect((await proxy(request("/staff", { method: "POST", headers: { "next-action": "abc" } }))).status).toBe(200);
  });

  it("sets a fresh nonce-based CSP on the response and on the request Next.js renders", async () => {
    const [first, second] = [await proxy(request("/login")), await proxy(request("/login"))];
    const csp = first.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).not.toBe(second.headers.get("content-security-policy"));
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(first.headers.get("x-middleware-request-x-afc-request-path")).toBe("/login");
  });

  it("overwrites a request-path header sent by the client", async () => {
    const response = await proxy(request("/login", { headers: { "x-afc-request-path": "//evil.example" } }));
    expect(response.headers.get("x-middleware-request-x-afc-request-path")).toBe("/login");
  });

  it("renews the session cookie on activity, keeping its claims and the sign-in time", async () => {
    const signedInAt = nowSeconds() - 7200;
    const response = await proxy(request("/tenants", { token: await tokenIssued(120, signedInAt) }));
    expect(response.status).toBe(200);
    const renewed = response.cookies.get(COOKIE);
    expect(renewed).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/", maxAge: 3600 });
    const decoded = await decodeSessionToken(renewed!.value, SECRET);
    expect(decoded).toMatchObject({ ...claims(signedInAt), iat: expect.any(Number) });
    expect(decoded!.iat).toBeGreaterThanOrEqual(nowSeconds() - 5);
  });

  it("does not renew a cookie issued within the last minute, or for a prefetch", async () => {
    expect((await proxy(request("/tenants", { token: await tokenIssued(10) }))).cookies.get(COOKIE)).toBeUndefined();
    const prefetch = request("/tenants", { token: await tokenIssued(120), headers: { "next-router-prefetch": "1" } });
    expect((await proxy(prefetch)).cookies.get(COOKIE)).toBeUndefined();
  });

  it("never renews past the absolute lifetime, and treats an idle-expired or outlived session as anonymous", async () => {
    const nearlyOver = nowSeconds() - LIFETIME.maxAgeSeconds + 600;
    const renewed = (await proxy(request("/tenants", { token: await tokenIssued(120, nearlyOver) }))).cookies.get(COOKIE);
    expect(renewed?.maxAge).toBeLessThanOrEqual(600);

    expect((await proxy(request("/tenants", { token: await tokenIssued(3700) }))).status).toBe(307);
    const outlived = nowSeconds() - LIFETIME.maxAgeSeconds - 1;
    expect((await proxy(request("/tenants", { token: await tokenIssued(30, outlived) }))).status).toBe(307);
  });
});
