import { ConfigError } from "../env";

// The one place that turns a database failure into a sentence for people. Errors arrive in three
// shapes: Prisma's (a P-code plus the driver adapter's `kind`), node-postgres's (a SQLSTATE or a
// socket errno on `code`) and plain Errors from pg's connection timeout. Raw messages are never
// returned: they can name hosts, users and SQL.

export type DatabaseProblemCode =
  | "configuration"
  | "unreachable"
  | "timeout"
  | "authentication_failed"
  | "access_denied"
  | "missing_database"
  | "missing_tables"
  | "schema_mismatch"
  | "too_many_connections"
  | "unknown";

export type DatabaseProblem = { code: DatabaseProblemCode; sentence: string };

type DriverProblemCode = Exclude<DatabaseProblemCode, "configuration">;

const SENTENCES: Record<DriverProblemCode, string> = {
  unreachable:
    "The database is not reachable. Check that PostgreSQL is running and that DATABASE_URL (or POSTGRES_HOST and POSTGRES_PORT) points at it.",
  timeout:
    "The database is not reachable: it did not answer in time. Check that PostgreSQL is running and not overloaded.",
  authentication_failed:
    "The database is not reachable: it refused the user name or password. Check the credentials in DATABASE_URL (or POSTGRES_USER and POSTGRES_PASSWORD).",
  access_denied:
    "The database is not reachable: it refused this user access to the database. Grant the user access, or use another user.",
  missing_database:
    "The database is not reachable: the database it names does not exist. Create it, then run `npm run db:migrate`.",
  missing_tables: "The database has no console tables yet. Run `npm run db:migrate`.",
  schema_mismatch:
    "The database schema does not match this version of the console. Run `npm run db:status` to see which migrations are missing.",
  too_many_connections: "The database has too many open connections. Try again in a moment.",
  unknown: "The database returned an unexpected error. The details are in the server log.",
};

// Prisma's connection-level and schema error codes.
const BY_PRISMA_CODE: Record<string, DriverProblemCode> = {
  P1000: "authentication_failed",
  P1001: "unreachable",
  P1002: "timeout",
  P1003: "missing_database",
  P1008: "timeout",
  P1010: "access_denied",
  P1017: "unreachable",
  P2021: "missing_tables",
  P2022: "schema_mismatch",
};

// The driver adapter's error kinds (see @prisma/adapter-pg's convertDriverError).
const BY_ADAPTER_KIND: Record<string, DriverProblemCode> = {
  DatabaseNotReachable: "unreachable",
  ConnectionClosed: "unreachable",
  TlsConnectionError: "unreachable",
  SocketTimeout: "timeout",
  AuthenticationFailed: "authentication_failed",
  DatabaseAccessDenied: "access_denied",
  DatabaseDoesNotExist: "missing_database",
  TableDoesNotExist: "missing_tables",
  ColumnNotFound: "schema_mismatch",
  TooManyConnections: "too_many_connections",
};

// SQLSTATE codes from PostgreSQL and errno codes from Node's sockets.
const BY_DRIVER_CODE: Record<string, DriverProblemCode> = {
  ECONNREFUSED: "unreachable",
  ENOTFOUND: "unreachable",
  EAI_AGAIN: "unreachable",
  EHOSTUNREACH: "unreachable",
  ENETUNREACH: "unreachable",
  ECONNRESET: "unreachable",
  EPIPE: "unreachable",
  ETIMEDOUT: "timeout",
  "28P01": "authentication_failed",
  "28000": "access_denied",
  "3D000": "missing_database",
  "42P01": "missing_tables",
  "42703": "schema_mismatch",
  "53300": "too_many_connections",
  "57P01": "unreachable",
  "57P03": "unreachable",
  "57014": "timeout",
};

// node-postgres reports these as plain Errors without a code.
const BY_MESSAGE: Array<[RegExp, DriverProblemCode]> = [
  [/connection timeout|timeout exceeded when trying to connect/i, "timeout"],
  [/connection terminated|server closed the connection|connection (is )?closed/i, "unreachable"],
  [/does not support SSL|error establishing an SSL connection/i, "unreachable"],
];

type ErrorLike = {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } };
};

function classify(error: unknown, depth = 0): DriverProblemCode {
  if (!error || typeof error !== "object" || depth > 4) return "unknown";
  const e = error as ErrorLike;
  const adapterCause = e.meta?.driverAdapterError?.cause;
  if (typeof adapterCause?.originalCode === "string" && BY_DRIVER_CODE[adapterCause.originalCode]) {
    return BY_DRIVER_CODE[adapterCause.originalCode]!;
  }
  if (typeof adapterCause?.kind === "string" && BY_ADAPTER_KIND[adapterCause.kind]) {
    return BY_ADAPTER_KIND[adapterCause.kind]!;
  }
  if (typeof e.code === "string") {
    const known = BY_PRISMA_CODE[e.code] ?? BY_DRIVER_CODE[e.code];
    if (known) return known;
  }
  if (typeof e.message === "string") {
    const match = BY_MESSAGE.find(([pattern]) => pattern.test(e.message as string));
    if (match) return match[1];
  }
  return classify(e.cause, depth + 1);
}

export function describeDatabaseError(error: unknown): DatabaseProblem {
  // Configuration errors are written for people and name only the setting, never its secret.
  if (error instanceof ConfigError) return { code: "configuration", sentence: error.message };
  const code = classify(error);
  return { code, sentence: SENTENCES[code] };
}
