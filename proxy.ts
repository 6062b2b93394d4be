import { NextResponse, type NextRequest } from "next/server";
import { getAuthSettings } from "@/lib/auth/auth-settings";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-headers";
import { loginPathFor } from "@/lib/auth/safe-callback-url";
import { decodeSessionToken, encodeSessionToken, readSessionCookie, sessionCookieName, type DecodedSession } from "@/lib/auth/session-cookie";
import { sessionEndsAt } from "@/lib/auth/session-token";
import { env } from "@/lib/env";
import { buildContentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";

// Runs before every page: sets this request's CSP nonce, records the path for the guards, sends
// anonymous visitors of console pages to the login page, and renews the session cookie on activity
// (the idle timeout). It is a convenience, never the guard: every page, action and route handler
// checks the session and the permission itself, against the database.

// Pages anyone may open. Everything else outside /api is a console page.
const PUBLIC_PAGES = ["/login", "/invite"];
const RENEW_AFTER_SECONDS = 60;

function isConsolePage(pathname: string): boolean {
  if (pathname.startsWith("/api/") || pathname.startsWith("/_next/")) return false;
  return !PUBLIC_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
}

function isPrefetch(request: NextRequest): boolean {
  return request.headers.has("next-router-prefetch") || request.headers.get("purpose") === "prefetch";
}

/** The page's own address: without Next.js's internal `_rsc` cache-busting parameter. */
function pagePath(request: NextRequest): string {
  const url = request.nextUrl.clone();
  url.searchParams.delete("_rsc");
  return `${url.pathname}${url.search}`;
}

async function readLiveSession(request: NextRequest): Promise<DecodedSession | null> {
  const settings = getAuthSettings();
  const token = readSessionCookie(request.cookies.getAll(), settings.secureCookies);
  const session = token ? await decodeSessionToken(token, settings.secret) : null;
  if (!session || Date.now() >= sessionEndsAt(session, settings.lifetime).getTime()) return null;
  return session;
}

async function renewSessionCookie(response: NextResponse, session: DecodedSession): Promise<void> {
  const settings = getAuthSettings();
  const remaining = Math.floor((sessionEndsAt(session, settings.lifetime).getTime() - Date.now()) / 1000);
  const maxAge = Math.min(settings.lifetime.idleSeconds, remaining);
  const { iat: _iat, exp: _exp, ...claims } = session;
  response.cookies.set(sessionCookieName(settings.secureCookies), await encodeSessionToken(claims, settings.secret, maxAge), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: settings.secureCookies,
    maxAge,
  });
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const path = pagePath(request);
  const session = await readLiveSession(request);
  if (!session && request.method === "GET" && isConsolePage(request.nextUrl.pathname)) {
    return NextResponse.redirect(new URL(loginPathFor(path), request.url));
  }

  const csp = buildContentSecurityPolicy({ nonce: createNonce(), development: env().nodeEnv === "development" });
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set(REQUEST_PATH_HEADER, path);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);

  const renewAfter = Math.min(RENEW_AFTER_SECONDS, getAuthSettings().lifetime.idleSeconds / 4);
  if (session && !isPrefetch(request) && Date.now() / 1000 - session.iat >= renewAfter) {
    await renewSessionCookie(response, session);
  }
  return response;
}

export const config = {
  // Not next-auth's own routes, not the load balancer's health check, not static files.
  matcher: ["/((?!api/auth|api/health|_next/static|_next/image|favicon\\.ico|icon\\.svg).*)"],
};
