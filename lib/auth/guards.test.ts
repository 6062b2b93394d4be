import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { auditRows, insertStaff, LIFETIME, THROTTLE, useAuthDatabase } from "./auth-test-kit";
import { encodeSessionToken } from "./session-cookie";
import { claimsForStaff } from "./session-token";

// The guards as pages, actions and route handlers call them, with Next.js's request APIs stood in
// for: the cookie is a real encrypted session token, and every check reads the real database.

const state = vi.hoisted(() => ({
  cookies: [] as Array<{ name: string; value: string }>,
  headers: new Headers(),
  prisma: null as unknown,
}));

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => state.cookies }),
  headers: async () => state.headers,
}));
vi.mock("../db", async (importOriginal) => ({ ...(await importOriginal<object>()), getPrisma: () => state.prisma }));
vi.mock("./auth-settings", () => ({
  getAuthSettings: () => ({ secret: "a-test-secret-that-is-long-enough-for-hkdf", secureCookies: true, lifetime: LIFETIME, throttle: THROTTLE }),
}));

const { getCurrentStaff, requireStaff } = await import("./current-staff");
const { requireStaffForRoute } = await import("./route-guard");

const db = useAuthDatabase();

async function signInAs(role: "admin" | "support", options: { signedInSecondsAgo?: number } = {}) {
  const staff = await insertStaff(db.prisma, { role });
  const now = new Date(Date.now() - (options.signedInSecondsAgo ?? 0) * 1000);
  const token = await encodeSessionToken(claimsForStaff(staff, now), "a-test-secret-that-is-long-enough-for-hkdf", 3600);
  state.cookies = [{ name: "__Secure-afc.session-token", value: token }];
  return staff;
}

async function thrown(work: () => Promise<unknown>): Promise<{ digest?: string }> {
  return work().then(
    () => ({}),
    (error: { digest?: string }) => error,
  );
}

beforeEach(() => {
  // What next.config.mjs's experimental.authInterrupts sets for forbidden().
  vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
  state.prisma = db.prisma;
  state.cookies = [];
  state.headers = new Headers({ "x-afc-request-path": "/staff?page=2", "x-forwarded-for": "203.0.113.44", "user-agent": "vitest" });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("getCurrentStaff", () => {
  it("is null without a cookie, with a forged one, and once the account is disabled", async () => {
    expect(await getCurrentStaff()).toBeNull();
    state.cookies = [{ name: "__Secure-afc.session-token", value: "forged" }];
    expect(await getCurrentStaff()).toBeNull();

    const staff = await signInAs("support");
    expect(await getCurrentStaff()).toEqual({ id: staff.id, email: staff.email, name: staff.name, role: "support", mustChangePassword: false });
    await db.prisma.consoleStaff.update({ where: { id: staff.id }, data: { disabledAt: new Date() } });
    expect(await getCurrentStaff()).toBeNull();
  });

  it("ends a session past its absolute lifetime", async () => {
    await signInAs("admin", { signedInSecondsAgo: LIFETIME.maxAgeSeconds + 1 });
    expect(await getCurrentStaff()).toBeNull();
  });
});

describe("requireStaff", () => {
  it("sends anonymous visitors to the login page, bringing them back afterwards", async () => {
    expect((await thrown(() => requireStaff("console.view"))).digest).toMatch(/^NEXT_REDIRECT;replace;\/login\?callbackUrl=%2Fstaff%3Fpage%3D2;307;/);
  });

  it("answers 403 to a role without the permission and audits the denial", async () => {
    const staff = await signInAs("support");
    expect((await thrown(() => requireStaff("staff.view"))).digest).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    expect(await auditRows(db.url, "actor_id = $1", [staff.id])).toEqual([
      expect.objectContaining({ action: "auth.denied", actor_type: "staff", ip: "203.0.113.44", details: { permission: "staff.view", path: "/staff?page=2", role: "support" } }),
    ]);
  });

  it("lets the role through that holds the permission", async () => {
    const staff = await signInAs("admin");
    expect(await requireStaff("staff.manage")).toMatchObject({ id: staff.id, role: "admin" });
  });
});

describe("requireStaffForRoute", () => {
  it("answers 401 and 403 in JSON with a sentence, and the staff member otherwise", async () => {
    const anonymous = await requireStaffForRoute("audit.export");
    expect(anonymous).toBeInstanceOf(Response);
    expect((anonymous as Response).status).toBe(401);
    expect(await (anonymous as Response).json()).toEqual({ error: "Sign in to use this." });

    const support = await signInAs("support");
    const denied = (await requireStaffForRoute("audit.verify")) as Response;
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({ error: "Your role does not allow this." });
    expect(await auditRows(db.url, "actor_id = $1 AND action = 'auth.denied'", [support.id])).toHaveLength(1);
    expect(await requireStaffForRoute("audit.export")).toMatchObject({ id: support.id, role: "support" });
  });

  it("does not mistake a database outage for a signed-out caller", async () => {
    await signInAs("admin");
    state.prisma = { consoleStaff: { findUnique: async () => Promise.reject(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })) } };
    await expect(requireStaffForRoute("audit.export")).rejects.toThrow("ECONNREFUSED");
  });
});
