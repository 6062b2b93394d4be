import "server-only";
import { headers } from "next/headers";
import { env } from "../env";

/**
 * Where invite links point. NEXTAUTH_URL, the console's public address, wins. Without it, the
 * request's Origin: Next.js refuses a server action whose Origin does not match its Host, so an
 * action cannot be tricked into minting a link to another site.
 */
export async function getInviteOrigin(): Promise<string> {
  const configured = env().auth.url;
  if (configured) return new URL(configured).origin;
  const requestHeaders = await headers();
  const origin = requestHeaders.get("origin");
  if (origin && URL.canParse(origin)) return new URL(origin).origin;
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return `${protocol}://${host}`;
}
