import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ActionError, createStaffAction, succeed, type StaffActionDependencies } from "./create-staff-action";
import { can, type StaffRole } from "./permissions";

const REQUEST = { ipAddress: "203.0.113.5", userAgent: "vitest" };
const staffOf = (role: StaffRole) => ({ id: "11111111-1111-4111-8111-111111111111", email: `${role}@example.com`, name: role, role });

function dependencies(role: StaffRole | null, overrides: Partial<StaffActionDependencies> = {}) {
  const deps = {
    getStaff: async () => (role ? staffOf(role) : null),
    getRequest: async () => REQUEST,
    can,
    recordDenial: vi.fn(async () => undefined),
    rethrowFrameworkError: (error: unknown) => {
      if ((error as { digest?: string })?.digest?.startsWith("NEXT_")) throw error;
    },
    logError: vi.fn(),
    ...overrides,
  };
  return deps;
}

const schema = z.object({ name: z.string().trim().min(1, "Enter a name."), count: z.coerce.number().int().max(10, "Use at most 10.") });

describe("staffAction's chain: session, permission, input, work", () => {
  it("refuses anonymous callers with 401 before anything else", async () => {
    const handler = vi.fn();
    const deps = dependencies(null);
    const result = await createStaffAction(deps, "tenants.manage", schema, handler)({ name: "x", count: 1 });
    expect(result).toEqual({ ok: false, status: 401, error: "Your session has ended. Sign in again to continue." });
    expect(handler).not.toHaveBeenCalled();
    expect(deps.recordDenial).not.toHaveBeenCalled();
  });

  it("refuses a role without the permission with 403, audits the denial and never parses or runs the work", async () => {
    const handler = vi.fn();
    const deps = dependencies("support");
    const parse = vi.spyOn(schema, "safeParse");
    const result = await createStaffAction(deps, "tenants.manage", schema, handler)({ name: "x", count: 1 });
    expect(result).toEqual({ ok: false, status: 403, error: "Your role does not allow this." });
    expect(deps.recordDenial).toHaveBeenCalledWith(staffOf("support"), "tenants.manage");
    expect(parse).not.toHaveBeenCalled();
    expect(handler).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it("lets Next.js turn the 403 into the HTTP response when it can", async () => {
    const forbidden = Object.assign(new Error("NEXT_HTTP_ERROR_FALLBACK;403"), { digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
    const deps = dependencies("support", { forbid: () => { throw forbidden; } });
    await expect(createStaffAction(deps, "tenants.manage", schema, vi.fn())({})).rejects.toBe(forbidden);
    expect(deps.recordDenial).toHaveBeenCalledOnce();
  });

  it("parses the input on the server and answers 400 with field errors", async () => {
    const handler = vi.fn();
    const result = await createStaffAction(dependencies("admin"), "tenants.manage", schema, handler)({ name: "  ", count: "42" });
    expect(result).toEqual({
      ok: false,
      status: 400,
      error: "Check the highlighted fields and try again.",
      fieldErrors: { name: ["Enter a name."], count: ["Use at most 10."] },
    });
    expect(handler).not.toHaveBeenCalled();
    expect(await createStaffAction(dependencies("admin"), "tenants.manage", schema, handler)("not an object")).toMatchObject({ status: 400, fieldErrors: { form: [expect.any(String)] } });
  });

  it("hands the parsed input, the staff member and the request to the work, and returns its data", async () => {
    const handler = vi.fn(async (input: { name: string; count: number }) => ({ greeting: `hello ${input.name}`, count: input.count }));
    const result = await createStaffAction(dependencies("admin"), "tenants.manage", schema, handler)({ name: " Ada ", count: "3" });
    expect(result).toEqual({ ok: true, data: { greeting: "hello Ada", count: 3 } });
    expect(handler).toHaveBeenCalledWith({ name: "Ada", count: 3 }, { staff: staffOf("admin"), request: REQUEST });

    const withMessage = await createStaffAction(dependencies("support"), "tenants.view", schema, async () => succeed(7, "Seven it is."))({ name: "a", count: 1 });
    expect(withMessage).toEqual({ ok: true, data: 7, message: "Seven it is." });
  });

  it("passes an expected failure through, and turns Prisma's not-found into 404", async () => {
    const conflict = async () => {
      throw new ActionError(409, "Someone changed this meanwhile.", { current: { name: "B" } });
    };
    expect(await createStaffAction(dependencies("admin"), "tenants.manage", schema, conflict)({ name: "a", count: 1 })).toEqual({
      ok: false,
      status: 409,
      error: "Someone changed this meanwhile.",
      current: { name: "B" },
    });
    const missing = async () => {
      throw Object.assign(new Error("No record was found for an update."), { code: "P2025" });
    };
    expect(await createStaffAction(dependencies("admin"), "tenants.manage", schema, missing)({ name: "a", count: 1 })).toMatchObject({ ok: false, status: 404 });
  });

  it("logs an unexpected error on the server and shows only a generic sentence", async () => {
    const deps = dependencies("admin");
    const secret = new Error('relation "secret_table" violates constraint at /srv/app/lib/x.ts:12');
    const result = await createStaffAction(deps, "tenants.manage", schema, async () => {
      throw secret;
    })({ name: "a", count: 1 });
    expect(result).toEqual({ ok: false, status: 500, error: "Something went wrong. The details are in the server log." });
    expect(deps.logError).toHaveBeenCalledWith(expect.stringContaining("tenants.manage"), secret);
  });

  it("says so when the database is down", async () => {
    const down = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const result = await createStaffAction(dependencies("admin"), "tenants.manage", schema, async () => {
      throw down;
    })({ name: "a", count: 1 });
    expect(result).toMatchObject({ ok: false, status: 500, error: expect.stringMatching(/^The database is not reachable/) });
  });

  it("lets Next.js's redirect() through", async () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/tenants;307;" });
    await expect(createStaffAction(dependencies("admin"), "tenants.manage", schema, async () => {
      throw redirect;
    })({ name: "a", count: 1 })).rejects.toBe(redirect);
  });
});
