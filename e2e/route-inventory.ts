import { readFile } from "node:fs/promises";
import path from "node:path";
import { PERMISSIONS, type Permission } from "../lib/auth/permissions";

// Every page, route handler and server action in the build, discovered from Next's own manifests,
// each with the access its source code declares. Nothing here is a hand-kept list of routes:
// a new page or action appears on its own, and fails the matrix until it declares its access.

const ROOT = path.resolve(import.meta.dirname, "..");
const SERVER_DIR = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "server");

/** Routes that are public by design, with the reason. Anything else must name a permission. */
const PUBLIC_BY_DESIGN: Record<string, string> = {
  "/login": "the sign-in form",
  "/invite/[token]": "the invite link itself is the credential",
  "/api/health": "load balancers call it; it reveals no data",
  "/api/auth/[...nextauth]": "next-auth's own sign-in endpoints",
  "/icon.svg": "the favicon",
  "/_not-found": "the 404 page",
};
const NOT_ROUTABLE = new Set(["/_global-error"]);

export type Access = { kind: "permission"; permission: Permission } | { kind: "public"; reason: string } | { kind: "undeclared" };

export type RouteEntry = { route: string; type: "page" | "route"; source: string; access: Access; samplePath: string };
export type ActionEntry = { id: string; name: string; source: string; pagePath: string; access: Access };

/** "/(console)/staff/page" → "/staff"; "/(console)/page" → "/". */
function toRoute(manifestKey: string): { route: string; type: "page" | "route" } {
  const type = manifestKey.endsWith("/route") ? "route" : "page";
  const route = manifestKey.replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, "") || "/";
  return { route, type };
}

function samplePath(route: string): string {
  if (route === "/_not-found") return "/no-such-page";
  return route.replace(/\[\.\.\.[^\]]+\]/g, "session").replace(/\[[^\]]+\]/g, "not-a-real-value");
}

function declaredPermission(source: string, pattern: RegExp): Access {
  const permissions = [...source.matchAll(pattern)].map((m) => (m[1] ?? m[2])!).filter((p): p is Permission => p in PERMISSIONS);
  if (permissions.length === 0) return { kind: "undeclared" };
  // A page may check more than one permission; the strictest (fewest roles) is what it requires.
  const strictest = permissions.sort((a, b) => PERMISSIONS[a].length - PERMISSIONS[b].length)[0]!;
  return { kind: "permission", permission: strictest };
}

async function readSource(file: string): Promise<string> {
  for (const extension of [".tsx", ".ts"]) {
    try {
      return await readFile(path.join(ROOT, file.replace(/\.js$/, extension)), "utf8");
    } catch {
      // Try the next extension.
    }
  }
  return "";
}

export async function discoverRoutes(): Promise<RouteEntry[]> {
  const manifest = JSON.parse(await readFile(path.join(SERVER_DIR, "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  const entries: RouteEntry[] = [];
  for (const [key, file] of Object.entries(manifest)) {
    const { route, type } = toRoute(key);
    if (NOT_ROUTABLE.has(route)) continue;
    const source = await readSource(file);
    const access: Access = PUBLIC_BY_DESIGN[route]
      ? { kind: "public", reason: PUBLIC_BY_DESIGN[route]! }
      : declaredPermission(source, /(?:requireStaff|checkPageAccess|requireStaffForRoute)\(\s*"([a-z_.]+)"|exportListResponse\(\{[^}]*?permission:\s*"([a-z_.]+)"/g);
    entries.push({ route, type, source: file, access, samplePath: samplePath(route) });
  }
  return entries.sort((a, b) => a.route.localeCompare(b.route));
}

export async function discoverActions(): Promise<ActionEntry[]> {
  const manifest = JSON.parse(await readFile(path.join(SERVER_DIR, "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  const entries: ActionEntry[] = [];
  for (const [id, action] of Object.entries(manifest.node)) {
    const source = await readFile(path.join(ROOT, action.filename), "utf8");
    const pattern = new RegExp(`export const ${action.exportedName}\\s*=\\s*staffAction\\(\\s*"([a-z_.]+)"`, "g");
    let access = declaredPermission(source, pattern);
    // An action outside staffAction must say why it is public, in a comment just above it.
    const publicNote = new RegExp(`Public on purpose: ([^\\n*]+)[^\\n]*\\n\\s*export (?:const|async function) ${action.exportedName}\\b`).exec(source);
    if (access.kind === "undeclared" && publicNote) access = { kind: "public", reason: publicNote[1]! };
    const worker = Object.keys(action.workers)[0]!;
    entries.push({ id, name: action.exportedName, source: action.filename, access, pagePath: samplePath(toRoute(`/${worker.replace(/^app\//, "")}`).route) });
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}

