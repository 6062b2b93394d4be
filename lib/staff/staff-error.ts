import "server-only";

// Every refusal from lib/staff is a StaffError with a code the action maps to a status and a
// sentence people can act on. Anything else thrown from here is a bug or a database failure.

export type StaffErrorCode =
  | "forbidden"
  | "invalid_input"
  | "not_found"
  | "email_taken"
  | "stale"
  | "last_admin"
  | "self_disable"
  | "no_change"
  | "invite_invalid";

export type StaffErrorStatus = 400 | 403 | 404 | 409;

const STATUS: Record<StaffErrorCode, StaffErrorStatus> = {
  forbidden: 403,
  invalid_input: 400,
  not_found: 404,
  email_taken: 409,
  stale: 409,
  last_admin: 409,
  self_disable: 409,
  no_change: 409,
  invite_invalid: 404,
};

export type StaffFailure = {
  ok: false;
  status: StaffErrorStatus;
  error: string;
  fieldErrors?: Record<string, string[]>;
  current?: unknown;
};

export class StaffError extends Error {
  override name = "StaffError";
  readonly status: StaffErrorStatus;

  constructor(
    readonly code: StaffErrorCode,
    message: string,
    readonly extra: { fieldErrors?: Record<string, string[]>; current?: unknown } = {},
  ) {
    super(message);
    this.status = STATUS[code];
  }

  /** The failure half of an action result (structurally ActionResult's `ok: false`). */
  toFailure(): StaffFailure {
    return { ok: false, status: this.status, error: this.message, ...this.extra };
  }
}

export function isStaffError(error: unknown): error is StaffError {
  return error instanceof StaffError;
}
