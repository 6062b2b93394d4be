import type { APIRequestContext, APIResponse, PlaywrightWorkerArgs } from "@playwright/test";
import { can, type StaffRole } from "../lib/auth/permissions";
import { queryNumber } from "./database";
import { expect, signInThroughApi, test } from "./fixtures";
import { createTestStaff } from "./staff-factory";
import { discoverActions, discoverRoutes, type ActionEntry, type RouteEntry } from "./route-inventory";

// Every page, route handler and server action in the build × anonymous, support and admin. The
// expected outcome comes from `can()` and the permission each source file declares.

type Caller = "anonymous" | StaffRole;
const CALLERS: Caller[] = ["anonymous", "support", "admin"];
const baseURL = process.env.E2E_BASE_URL!;

async function requestAs(caller: Caller, playwright: PlaywrightWorkerArgs["playwright"], stateFor: (role: StaffRole) => Promise<string>): Promise<APIRequestContext> {
  return playwright.request.newContext({
    baseURL,
    storageState: caller === "anonymous" ? undefined : await stateFor(caller),
  });
}

function pageOutcome(response: APIResponse): string {
  const status = response.status();
  if (status >= 300 && status < 400) return (response.headers().location ?? "").startsWith("/login") ? "to-login" : `redirect ${response.headers().location}`;
  return String(status);
}

function expectedPageOutcome(entry: RouteEntry, caller: Caller): string[] {
  // Anonymous visitors of an unknown address go to the login page: it must not reveal what exists.
  if (entry.route === "/_not-found") return caller === "anonymous" ? ["to-login", "404"] : ["404"];
  // The login page sends people who are already signed in on to the console.
  if (entry.route === "/login" && caller !== "anonymous") return ["redirect /"];
  if (entry.access.kind === "public") return ["200", "404"];
  if (entry.access.kind === "undeclared") return ["declared access"];
  // APIs answer 401 with a sentence (callers may be scripts); pages send people to sign in.
  if (caller === "anonymous") return entry.route.startsWith("/api/") ? ["401"] : ["to-login"];
  if (!can(caller, entry.access.permission)) return ["403"];
  // A dynamic segment is sampled with a value that names nothing: the page must say 404, not fail.
  return entry.route.includes("[") ? ["404"] : ["200"];
}

async function callAction(context: APIRequestContext, action: ActionEntry): Promise<{ http: number; status: number | null; ok: boolean | null; location: string }> {
  const response = await context.post(action.pagePath, {
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseURL },
    data: "[{}]",
    maxRedirects: 0,
  });
  const body = await response.text();
  // The flight payload carries the action's result as JSON on one of its lines.
  const ok = /"ok":(true|false)/.exec(body)?.[1];
  const status = /"status":(\d{3})/.exec(body)?.[1];
  return { http: response.status(), status: status ? Number(status) : null, ok: ok ? ok === "true" : null, location: response.headers().location ?? "" };
}

test("every page and route handler answers each caller as its declared permission says", async ({ playwright, sessionStateFor }) => {
  const routes = await discoverRoutes();
  const mismatches: string[] = [];
  for (const caller of CALLERS) {
    const context = await requestAs(caller, playwright, sessionStateFor);
    for (const entry of routes) {
      const outcome = pageOutcome(await context.get(entry.samplePath, { maxRedirects: 0 }));
      const expected = expectedPageOutcome(entry, caller);
      if (!expected.includes(outcome)) mismatches.push(`${entry.route} as ${caller}: got ${outcome}, expected ${expected.join(" or ")}`);
    }
    await context.dispose();
  }
  console.log(`[matrix] ${routes.length} pages and route handlers × ${CALLERS.length} callers, ${mismatches.length} mismatches`);
  expect(routes.some((r) => r.route === "/staff")).toBe(true);
  expect(mismatches).toEqual([]);
});

test("every server action refuses callers without its permission, and writes nothing", async ({ browser, playwright }) => {
  const actions = await discoverActions();
  // Callers of its own: every change the console makes is audited under its actor, so "nothing
  // written" is "no audit row by these two", whatever other tests do at the same time.
  const staff = { admin: await createTestStaff("admin"), support: await createTestStaff("support") };
  const writtenBy = () =>
    queryNumber(`select count(*) as value from audit_logs where actor_id in ('${staff.admin.id}', '${staff.support.id}') and action not like 'auth.%'`);
  const stateFor = async (role: StaffRole) => {
    const statePath = test.info().outputPath(`${role}-matrix.json`);
    await signInThroughApi(browser, staff[role], statePath);
    return statePath;
  };
  const mismatches: string[] = [];
  for (const caller of CALLERS) {
    const context = await requestAs(caller, playwright, stateFor);
    for (const action of actions) {
      const result = await callAction(context, action);
      const label = `${action.name} as ${caller}: HTTP ${result.http}, result ${result.ok === null ? "none" : `ok=${result.ok} status=${result.status}`}`;
      if (action.access.kind === "undeclared") {
        mismatches.push(`${action.name} in ${action.source} declares no permission: wrap it in staffAction or mark it "Public on purpose:"`);
      } else if (action.access.kind === "public") {
        // Public actions still refuse an empty form: validation, never success.
        if (result.http >= 500 || result.ok !== false || result.status !== 400) mismatches.push(`${label}, expected a 400 result`);
      } else if (caller === "anonymous") {
        const refused = result.location.startsWith("/login") || (result.ok === false && result.status === 401);
        if (!refused) mismatches.push(`${label}, expected a refusal (401 or the login page)`);
      } else if (!can(caller, action.access.permission)) {
        if (result.http !== 403) mismatches.push(`${label}, expected HTTP 403`);
      } else if (!(result.http === 200 && result.ok === false && result.status === 400)) {
        // Allowed callers get past the permission check and stop at validation of the empty input.
        mismatches.push(`${label}, expected a 400 result`);
      }
    }
    await context.dispose();
  }
  console.log(`[matrix] ${actions.length} server actions × ${CALLERS.length} callers, ${mismatches.length} mismatches`);
  expect(actions.length).toBeGreaterThan(0);
  expect(mismatches).toEqual([]);
  expect(await writtenBy()).toBe(0);
  await staff.admin.remove();
  await staff.support.remove();
});
