import { describe, expect, it } from "vitest";
import { ConfigError, readEnv, wantsEmbeddedDatabase } from "./env";

describe("readEnv", () => {
  it("uses DATABASE_URL when it is set", () => {
    const env = readEnv({ DATABASE_URL: "postgresql://app:secret@db.internal:5432/agent_factory" });
    expect(env.databaseUrl).toBe("postgresql://app:secret@db.internal:5432/agent_factory");
    expect(env.databaseSource).toBe("DATABASE_URL");
  });

  it("builds the URL from POSTGRES_* with the backend's defaults", () => {
    expect(readEnv({ POSTGRES_HOST: "db" }).databaseUrl).toBe("postgresql://agent_factory@db:5432/agent_factory");
    expect(readEnv({ POSTGRES_HOST: "db", POSTGRES_PASSWORD: "p@ss:word", POSTGRES_PORT: "6543", POSTGRES_DB: "af", POSTGRES_USER: "u" }).databaseUrl)
      .toBe("postgresql://u:p%40ss%3Aword@db:6543/af");
  });

  it("says what to do about a SQLite URL, which the old backend allowed", () => {
    expect(() => readEnv({ DATABASE_URL: "sqlite:///./agent_factory.db" })).toThrow(ConfigError);
    expect(() => readEnv({ DATABASE_URL: "sqlite:///./agent_factory.db" })).toThrow(/points at SQLite.*needs PostgreSQL/);
  });

  it("says what to do about a malformed URL or another database", () => {
    expect(() => readEnv({ DATABASE_URL: "not a url" })).toThrow("DATABASE_URL is not a valid URL. Use the form postgresql://user:password@host:5432/database.");
    expect(() => readEnv({ DATABASE_URL: "mysql://u@h/db" })).toThrow(/uses "mysql", but the console needs PostgreSQL/);
    expect(() => readEnv({ DATABASE_URL: "postgresql://u@h:5432" })).toThrow(/names no database/);
    expect(() => readEnv({ POSTGRES_HOST: "db", POSTGRES_PORT: "abc" })).toThrow(/POSTGRES_PORT is not valid: POSTGRES_PORT must be a port number/);
  });

  it("embeds a database only when neither DATABASE_URL nor POSTGRES_HOST is set", () => {
    expect(wantsEmbeddedDatabase({})).toBe(true);
    expect(wantsEmbeddedDatabase({ DATABASE_URL: "postgresql://h/db" })).toBe(false);
    expect(wantsEmbeddedDatabase({ POSTGRES_HOST: "db" })).toBe(false);
    expect(wantsEmbeddedDatabase({ DATABASE_URL: " ", POSTGRES_HOST: "" })).toBe(true);
  });
});

describe("readEnv: sign-in and sessions", () => {
  const base = { DATABASE_URL: "postgresql://app@db:5432/agent_factory" };

  it("defaults to 12-hour sessions, a 1-hour idle timeout and 5 failures in 15 minutes", () => {
    const { auth } = readEnv(base);
    expect(auth).toEqual({
      secret: null,
      url: null,
      trustHost: false,
      sessionMaxAgeSeconds: 12 * 3600,
      sessionIdleSeconds: 3600,
      throttle: { windowMinutes: 15, maxFailuresPerAccount: 5, maxFailuresPerIp: 5 },
    });
  });

  it("reads every setting", () => {
    const { auth } = readEnv({
      ...base,
      NEXTAUTH_SECRET: "x".repeat(40),
      NEXTAUTH_URL: "https://console.example.com",
      AUTH_TRUST_HOST: "true",
      SESSION_MAX_AGE_HOURS: "8",
      SESSION_IDLE_MINUTES: "20",
      SIGN_IN_FAILURE_WINDOW_MINUTES: "30",
      SIGN_IN_MAX_FAILURES_PER_ACCOUNT: "3",
      SIGN_IN_MAX_FAILURES_PER_IP: "50",
    });
    expect(auth).toMatchObject({
      secret: "x".repeat(40),
      url: "https://console.example.com",
      trustHost: true,
      sessionMaxAgeSeconds: 8 * 3600,
      sessionIdleSeconds: 20 * 60,
      throttle: { windowMinutes: 30, maxFailuresPerAccount: 3, maxFailuresPerIp: 50 },
    });
  });

  it("answers bad settings with a sentence that names them", () => {
    expect(() => readEnv({ ...base, NEXTAUTH_SECRET: "short" })).toThrow(/^NEXTAUTH_SECRET is not valid: use at least 32 characters/);
    expect(() => readEnv({ ...base, NEXTAUTH_URL: "console.example.com" })).toThrow(/^NEXTAUTH_URL is not valid: use the console's public address/);
    expect(() => readEnv({ ...base, AUTH_TRUST_HOST: "false" })).toThrow(/^AUTH_TRUST_HOST is not valid: .*even "false", as true\.$/);
    expect(() => readEnv({ ...base, SESSION_IDLE_MINUTES: "ten" })).toThrow("SESSION_IDLE_MINUTES is not valid: use a whole number of minutes from 1 to 1440.");
    expect(() => readEnv({ ...base, SIGN_IN_MAX_FAILURES_PER_IP: "0" })).toThrow("SIGN_IN_MAX_FAILURES_PER_IP is not valid: use a whole number of failures from 1 to 100000.");
    expect(() => readEnv({ ...base, SESSION_MAX_AGE_HOURS: "1", SESSION_IDLE_MINUTES: "90" })).toThrow(
      "SESSION_IDLE_MINUTES (90) is longer than SESSION_MAX_AGE_HOURS (1 h): make the idle timeout shorter than the session's lifetime.",
    );
  });
});
