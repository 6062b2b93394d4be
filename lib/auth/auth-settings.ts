import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, env, type AppEnv } from "../env";
import type { SessionLifetime } from "./session-token";
import type { ThrottleSettings } from "./throttle";

// Everything sign-in needs from the configuration, resolved once per process. Checked lazily (at
// the first request, or by instrumentation.ts at start-up) so that `next build` needs no secret.

export type AuthSettings = {
  secret: string;
  secureCookies: boolean;
  lifetime: SessionLifetime;
  throttle: ThrottleSettings;
};

const DEV_SECRET_FILE = path.join(process.cwd(), ".data", "nextauth-secret");

/** Development keeps one generated secret in .data/, so sessions survive restarts. */
function readOrCreateDevSecret(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    // Another process wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw error;
  }
}

export function resolveAuthSettings(settings: AppEnv = env(), devSecretFile = DEV_SECRET_FILE): AuthSettings {
  const production = settings.nodeEnv === "production";
  if (production && !settings.auth.secret) {
    throw new ConfigError(
      "NEXTAUTH_SECRET is not set. Production needs it to sign sessions: generate one with `openssl rand -base64 32` and give every instance the same value.",
    );
  }
  if (production && !settings.auth.url && !settings.auth.trustHost) {
    throw new ConfigError(
      "NEXTAUTH_URL is not set. Set it to the console's public address, such as https://console.example.com (or set AUTH_TRUST_HOST=true behind a proxy that sets the Host header).",
    );
  }
  const secret = settings.auth.secret ?? readOrCreateDevSecret(devSecretFile);
  return {
    secret,
    secureCookies: production,
    lifetime: { maxAgeSeconds: settings.auth.sessionMaxAgeSeconds, idleSeconds: settings.auth.sessionIdleSeconds },
    throttle: settings.auth.throttle,
  };
}

let cached: AuthSettings | null = null;

export function getAuthSettings(): AuthSettings {
  cached ??= resolveAuthSettings();
  return cached;
}

/** For instrumentation.ts: a configuration problem stops the server with its sentence. */
export function checkAuthSettingsAtStart(): void {
  try {
    getAuthSettings();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
}
