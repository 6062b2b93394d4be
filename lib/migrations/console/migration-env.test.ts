import { describe, expect, it } from "vitest";
import { ConfigError, readEnv } from "../../env";

// The migrations page's two settings, read and validated by lib/env.ts like every other one.

const base = { DATABASE_URL: "postgresql://console@127.0.0.1:5432/agent_factory" };

describe("migration settings", () => {
  it("keep applying from the page off in production, and the status API session-only, unless set", () => {
    expect(readEnv(base).migrations).toEqual({ allowApplyInProduction: false, statusToken: null });
    const token = "f".repeat(64);
    expect(readEnv({ ...base, MIGRATIONS_ALLOW_APPLY_IN_PRODUCTION: "true", MIGRATIONS_STATUS_TOKEN: token }).migrations).toEqual({
      allowApplyInProduction: true,
      statusToken: token,
    });
  });

  it("refuse a value they cannot use, with a sentence naming it", () => {
    expect(() => readEnv({ ...base, MIGRATIONS_ALLOW_APPLY_IN_PRODUCTION: "yes" })).toThrow(ConfigError);
    expect(() => readEnv({ ...base, MIGRATIONS_ALLOW_APPLY_IN_PRODUCTION: "yes" })).toThrow(/^MIGRATIONS_ALLOW_APPLY_IN_PRODUCTION is not valid: set it to "true" or "false"\.$/);
    expect(() => readEnv({ ...base, MIGRATIONS_STATUS_TOKEN: "short" })).toThrow(/^MIGRATIONS_STATUS_TOKEN is not valid: use at least 32 characters/);
  });
});
