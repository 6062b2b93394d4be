import { cleanIpAddress, type RequestContext } from "../audit/audit-event";

// Who is asking, from the request's headers. The address is the first hop of X-Forwarded-For (set
// by the load balancer; Next.js fills it from the socket when absent), else X-Real-IP. Behind no
// proxy a client can write these headers itself: see docs/decisions/008-sign-in-and-sessions.md.

/** Set by proxy.ts on every page request, so guards know where to send people back after sign-in. */
export const REQUEST_PATH_HEADER = "x-afc-request-path";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function readHeader(headers: HeaderSource, name: string): string | null {
  if (headers instanceof Headers) return headers.get(name);
  const value = headers[name] ?? headers[name.toLowerCase()];
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

export function requestContextFromHeaders(headers: HeaderSource): RequestContext {
  const forwarded = readHeader(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  const ipAddress = cleanIpAddress(forwarded) ?? cleanIpAddress(readHeader(headers, "x-real-ip"));
  const userAgent = readHeader(headers, "user-agent")?.slice(0, 512) || null;
  return { ipAddress, userAgent };
}
