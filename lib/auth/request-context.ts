import "server-only";
import { headers } from "next/headers";
import type { RequestContext } from "../audit/audit-event";
import { REQUEST_PATH_HEADER, requestContextFromHeaders } from "./request-headers";

/** The caller's IP address and user agent, for audit rows written while handling this request. */
export async function getRequestContext(): Promise<RequestContext> {
  return requestContextFromHeaders(await headers());
}

/** The path (with query) of the page being rendered, as proxy.ts recorded it; "/" when unknown. */
export async function getRequestPath(): Promise<string> {
  return (await headers()).get(REQUEST_PATH_HEADER) ?? "/";
}
