import type { z } from "zod";
import type { RequestContext } from "../audit/audit-event";
import { describeDatabaseError } from "../errors/describe-database-error";
import type { Permission, StaffRole } from "./permissions";

// The server-action wrapper's core, free of Next.js so it can be tested: session, then role, then
// input, then the work; every failure becomes one plain sentence. staff-action.ts wires it up.

type ActionStaff = { id: string; email: string; name: string; role: StaffRole };

export type ActionResult<T> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      status: 400 | 401 | 403 | 404 | 409 | 429 | 500;
      error: string;
      fieldErrors?: Record<string, string[]>;
      current?: unknown;
    };

export type ActionFailure = Extract<ActionResult<never>, { ok: false }>;

/** Thrown by a handler for a failure it expects, such as a conflict: it reaches the form as is. */
export class ActionError extends Error {
  override name = "ActionError";
  constructor(
    readonly status: ActionFailure["status"],
    sentence: string,
    readonly extra: { fieldErrors?: Record<string, string[]>; current?: unknown } = {},
  ) {
    super(sentence);
  }
}

const SUCCESS = Symbol("action-success");
type Success<T> = { [SUCCESS]: true; data: T; message: string };

/** Return this from a handler to show a sentence with the result, e.g. "Role changed to support." */
export function succeed<T>(data: T, message: string): Success<T> {
  return { [SUCCESS]: true, data, message };
}

function isSuccess<T>(value: unknown): value is Success<T> {
  return typeof value === "object" && value !== null && SUCCESS in value;
}

export type StaffActionContext = { staff: ActionStaff; request: RequestContext };

/** Returns the data (or `succeed(data, message)`); throws ActionError for a failure it expects. */
export type StaffActionHandler<I, T> = (input: I, context: StaffActionContext) => Promise<T | Success<T>>;

export type StaffActionDependencies = {
  getStaff: () => Promise<ActionStaff | null>;
  getRequest: () => Promise<RequestContext>;
  can: (role: StaffRole, permission: Permission) => boolean;
  recordDenial: (staff: ActionStaff, permission: Permission) => Promise<void>;
  /** Next.js answers a real HTTP 403 from here (forbidden()); without it the result says 403. */
  forbid?: () => never;
  /** Lets Next.js's own control-flow errors (redirect(), notFound()) through. */
  rethrowFrameworkError: (error: unknown) => void;
  logError: (message: string, error: unknown) => void;
};

export const SENTENCES = {
  unauthenticated: "Your session has ended. Sign in again to continue.",
  forbidden: "Your role does not allow this.",
  invalid: "Check the highlighted fields and try again.",
  notFound: "This record no longer exists. Reload the page to see the current list.",
  unexpected: "Something went wrong. The details are in the server log.",
} as const;

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

function failureFor(error: unknown, deps: StaffActionDependencies, permission: Permission): ActionFailure {
  if (error instanceof ActionError) return { ok: false, status: error.status, error: error.message, ...error.extra };
  if ((error as { code?: unknown } | null)?.code === "P2025") return { ok: false, status: 404, error: SENTENCES.notFound };
  deps.logError(`[action] an action needing ${permission} failed`, error);
  const problem = describeDatabaseError(error);
  return { ok: false, status: 500, error: problem.code === "unknown" ? SENTENCES.unexpected : problem.sentence };
}

export function createStaffAction<S extends z.ZodType, T>(
  deps: StaffActionDependencies,
  permission: Permission,
  schema: S,
  handler: StaffActionHandler<z.output<S>, T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    try {
      const staff = await deps.getStaff();
      if (!staff) return { ok: false, status: 401, error: SENTENCES.unauthenticated };
      if (!deps.can(staff.role, permission)) {
        await deps.recordDenial(staff, permission);
        deps.forbid?.();
        return { ok: false, status: 403, error: SENTENCES.forbidden };
      }
      const parsed = schema.safeParse(input);
      if (!parsed.success) return { ok: false, status: 400, error: SENTENCES.invalid, fieldErrors: fieldErrorsOf(parsed.error) };
      const result = await handler(parsed.data, { staff, request: await deps.getRequest() });
      return isSuccess<T>(result) ? { ok: true, data: result.data, message: result.message } : { ok: true, data: result as T };
    } catch (error) {
      deps.rethrowFrameworkError(error);
      return failureFor(error, deps, permission);
    }
  };
}
