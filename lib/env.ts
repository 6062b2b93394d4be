import { z } from "zod";

// The only module that reads process.env. Every setting is validated once; a bad one stops the
// program with a sentence that names it and says what to do.

export class ConfigError extends Error {
  override name = "ConfigError";
}

const postgresDefaults = {
  POSTGRES_USER: "agent_factory",
  POSTGRES_HOST: "localhost",
  POSTGRES_PORT: "5432",
  POSTGRES_DB: "agent_factory",
};

function wholeNumber(min: number, max: number, unit: string) {
  const message = `use a whole number of ${unit} from ${min} to ${max}.`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
}

const rawEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().trim().min(1).optional(),
  POSTGRES_USER: z.string().min(1).optional(),
  POSTGRES_PASSWORD: z.string().optional(),
  POSTGRES_HOST: z.string().min(1).optional(),
  POSTGRES_PORT: z.string().regex(/^\d{1,5}$/, "POSTGRES_PORT must be a port number, such as 5432.").optional(),
  POSTGRES_DB: z.string().min(1).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  // Tables the Prisma schema leaves alone on purpose; drift checks list them as unmanaged.
  MIGRATIONS_UNMANAGED_TABLES: z.string().default("alembic_version"),
  // The migrations page may apply migrations in production only when this says so.
  MIGRATIONS_ALLOW_APPLY_IN_PRODUCTION: z.enum(["true", "false"], { error: 'set it to "true" or "false".' }).default("false"),
  // A read-only token for GET /api/migrations/status (CI, dashboards), sent as "Authorization: Bearer …".
  MIGRATIONS_STATUS_TOKEN: z.string().min(32, "use at least 32 characters, e.g. the output of `openssl rand -hex 32`.").optional(),
  NEXTAUTH_SECRET: z.string().min(32, "use at least 32 characters, e.g. the output of `openssl rand -base64 32`.").optional(),
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: "use the console's public address, such as https://console.example.com." }).optional(),
  // next-auth trusts the Host header when this is set to anything at all, even "false".
  AUTH_TRUST_HOST: z.enum(["true", "1"], { error: 'set it to "true", or unset it: next-auth reads any value, even "false", as true.' }).optional(),
  SESSION_MAX_AGE_HOURS: wholeNumber(1, 720, "hours").default(12),
  SESSION_IDLE_MINUTES: wholeNumber(1, 1440, "minutes").default(60),
  SIGN_IN_FAILURE_WINDOW_MINUTES: wholeNumber(1, 1440, "minutes").default(15),
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: wholeNumber(1, 1000, "failures").default(5),
  SIGN_IN_MAX_FAILURES_PER_IP: wholeNumber(1, 100_000, "failures").default(5),
});

export type DatabaseSource = "DATABASE_URL" | "POSTGRES_*";

export type AuthEnv = {
  /** NEXTAUTH_SECRET; lib/auth/auth-secret.ts requires it in production and keeps one in .data/ otherwise. */
  secret: string | null;
  url: string | null;
  trustHost: boolean;
  sessionMaxAgeSeconds: number;
  sessionIdleSeconds: number;
  throttle: { windowMinutes: number; maxFailuresPerAccount: number; maxFailuresPerIp: number };
};

export type AppEnv = {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string;
  databaseSource: DatabaseSource;
  poolMax: number;
  statementTimeoutMs: number;
  unmanagedTables: string[];
  migrations: MigrationsEnv;
  auth: AuthEnv;
};

export type MigrationsEnv = {
  /** MIGRATIONS_ALLOW_APPLY_IN_PRODUCTION: the page may apply migrations when NODE_ENV is production. */
  allowApplyInProduction: boolean;
  /** MIGRATIONS_STATUS_TOKEN: lets CI read GET /api/migrations/status without a session. */
  statusToken: string | null;
};

/** True when neither DATABASE_URL nor POSTGRES_HOST is set: `npm run dev` then embeds PostgreSQL. */
export function wantsEmbeddedDatabase(source: Record<string, string | undefined> = process.env): boolean {
  return !source.DATABASE_URL?.trim() && !source.POSTGRES_HOST?.trim();
}

export function parseDatabaseUrl(value: string, name = "DATABASE_URL"): URL {
  if (/^sqlite:/i.test(value) || /^file:/i.test(value)) {
    throw new ConfigError(
      `${name} points at SQLite (${value.split(":")[0]}:). The console needs PostgreSQL: set ${name} to postgresql://user:password@host:5432/database, or unset it to use the embedded database.`,
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      `${name} is not a valid URL. Use the form postgresql://user:password@host:5432/database.`,
    );
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new ConfigError(
      `${name} uses "${url.protocol.replace(/:$/, "")}", but the console needs PostgreSQL: use postgresql://user:password@host:5432/database.`,
    );
  }
  if (!url.hostname) {
    throw new ConfigError(`${name} has no host. Use the form postgresql://user:password@host:5432/database.`);
  }
  if (url.pathname.replace(/^\//, "") === "") {
    throw new ConfigError(`${name} names no database. Add it after the host, e.g. postgresql://…@host:5432/agent_factory.`);
  }
  return url;
}

function buildUrlFromParts(parts: z.infer<typeof rawEnvSchema>): string {
  const user = parts.POSTGRES_USER ?? postgresDefaults.POSTGRES_USER;
  const host = parts.POSTGRES_HOST ?? postgresDefaults.POSTGRES_HOST;
  const port = parts.POSTGRES_PORT ?? postgresDefaults.POSTGRES_PORT;
  const db = parts.POSTGRES_DB ?? postgresDefaults.POSTGRES_DB;
  const password = parts.POSTGRES_PASSWORD ? `:${encodeURIComponent(parts.POSTGRES_PASSWORD)}` : "";
  return `postgresql://${encodeURIComponent(user)}${password}@${host}:${port}/${encodeURIComponent(db)}`;
}

type EnvSource = Record<string, string | undefined>;

export function readEnv(source: EnvSource = process.env): AppEnv {
  // An empty variable (`POSTGRES_HOST=` in a .env file) means "not set", not "set to nothing".
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value?.trim()));
  const parsed = rawEnvSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = issue.path.join(".");
    throw new ConfigError(`${name} is not valid: ${issue.message}`);
  }
  const raw = parsed.data;
  const databaseSource: DatabaseSource = raw.DATABASE_URL ? "DATABASE_URL" : "POSTGRES_*";
  const databaseUrl = raw.DATABASE_URL ?? buildUrlFromParts(raw);
  parseDatabaseUrl(databaseUrl, databaseSource === "DATABASE_URL" ? "DATABASE_URL" : "The POSTGRES_* settings");
  return {
    nodeEnv: raw.NODE_ENV,
    databaseUrl,
    databaseSource,
    poolMax: raw.DATABASE_POOL_MAX,
    statementTimeoutMs: raw.DATABASE_STATEMENT_TIMEOUT_MS,
    unmanagedTables: raw.MIGRATIONS_UNMANAGED_TABLES.split(",").map((t) => t.trim()).filter(Boolean),
    migrations: {
      allowApplyInProduction: raw.MIGRATIONS_ALLOW_APPLY_IN_PRODUCTION === "true",
      statusToken: raw.MIGRATIONS_STATUS_TOKEN ?? null,
    },
    auth: readAuthEnv(raw),
  };
}

function readAuthEnv(raw: z.infer<typeof rawEnvSchema>): AuthEnv {
  if (raw.SESSION_IDLE_MINUTES > raw.SESSION_MAX_AGE_HOURS * 60) {
    throw new ConfigError(
      `SESSION_IDLE_MINUTES (${raw.SESSION_IDLE_MINUTES}) is longer than SESSION_MAX_AGE_HOURS (${raw.SESSION_MAX_AGE_HOURS} h): make the idle timeout shorter than the session's lifetime.`,
    );
  }
  return {
    secret: raw.NEXTAUTH_SECRET ?? null,
    url: raw.NEXTAUTH_URL ?? null,
    trustHost: raw.AUTH_TRUST_HOST !== undefined,
    sessionMaxAgeSeconds: raw.SESSION_MAX_AGE_HOURS * 3600,
    sessionIdleSeconds: raw.SESSION_IDLE_MINUTES * 60,
    throttle: {
      windowMinutes: raw.SIGN_IN_FAILURE_WINDOW_MINUTES,
      maxFailuresPerAccount: raw.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerIp: raw.SIGN_IN_MAX_FAILURES_PER_IP,
    },
  };
}

/** For `npm run create-admin` in CI, where nobody can type the password. */
export function readCreateAdminPassword(source: EnvSource = process.env): string | null {
  return source.CREATE_ADMIN_PASSWORD || null;
}

let cached: AppEnv | null = null;

export function env(): AppEnv {
  cached ??= readEnv();
  return cached;
}
