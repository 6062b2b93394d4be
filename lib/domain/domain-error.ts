import "server-only";

// Every refusal from a domain module (tenants, billing, api-keys, blueprints, …) is a DomainError
// with a code the action maps to a status and a sentence people can act on. Anything else thrown
// from lib/ is a bug or a database failure, and reaches people as a generic sentence.

export type DomainErrorCode =
  | "forbidden"
  | "invalid_input"
  | "not_found"
  | "conflict"
  | "stale"
  | "no_change";

export type DomainErrorStatus = 400 | 403 | 404 | 409;

const STATUS: Record<DomainErrorCode, DomainErrorStatus> = {
  forbidden: 403,
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  stale: 409,
  no_change: 409,
};

export class DomainError extends Error {
  override name = "DomainError";
  readonly status: DomainErrorStatus;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly extra: { fieldErrors?: Record<string, string[]>; current?: unknown } = {},
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** For a record that does not exist, or that the caller may not see: the two look the same. */
export function notFound(what: string): DomainError {
  return new DomainError("not_found", `${what} no longer exists. Reload the page to see the current list.`);
}
