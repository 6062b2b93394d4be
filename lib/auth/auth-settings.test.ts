import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readEnv } from "../env";
import { resolveAuthSettings } from "./auth-settings";

const base = { DATABASE_URL: "postgresql://app@db:5432/agent_factory" };
const directories: string[] = [];

async function secretFile(): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), "afc-secret-"));
  directories.push(directory);
  return path.join(directory, ".data", "nextauth-secret");
}

afterAll(async () => {
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

describe("resolveAuthSettings", () => {
  it("requires NEXTAUTH_SECRET in production, and says how to make one", async () => {
    expect(() => resolveAuthSettings(readEnv({ ...base, NODE_ENV: "production", NEXTAUTH_URL: "https://console.example.com" }), "/nonexistent")).toThrow(
      "NEXTAUTH_SECRET is not set. Production needs it to sign sessions: generate one with `openssl rand -base64 32` and give every instance the same value.",
    );
  });

  it("requires NEXTAUTH_URL (or AUTH_TRUST_HOST) in production", () => {
    const secret = "s".repeat(40);
    expect(() => resolveAuthSettings(readEnv({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: secret }), "/nonexistent")).toThrow(/^NEXTAUTH_URL is not set\./);
    const trusted = resolveAuthSettings(readEnv({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: secret, AUTH_TRUST_HOST: "true" }), "/nonexistent");
    expect(trusted).toMatchObject({ secret, secureCookies: true, lifetime: { maxAgeSeconds: 43_200, idleSeconds: 3600 } });
  });

  it("generates a development secret once, readable by its owner only, and keeps it", async () => {
    const file = await secretFile();
    const first = resolveAuthSettings(readEnv({ ...base, NODE_ENV: "development" }), file);
    expect(first.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.secureCookies).toBe(false);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(resolveAuthSettings(readEnv({ ...base, NODE_ENV: "development" }), file).secret).toBe(first.secret);
    expect(resolveAuthSettings(readEnv({ ...base, NEXTAUTH_SECRET: "e".repeat(40) }), file).secret).toBe("e".repeat(40));
  });
});
