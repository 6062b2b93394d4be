import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { API_KEY_PREFIX, apiKeyChecksum, apiKeyPrefixOf, generateApiKey, hashApiKey, isWellFormedApiKey } from "./api-key-secret";

vi.mock("server-only", () => ({}));

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

describe("API key secrets", () => {
  it("look like afk_live_ + 40 base62 characters + a 6-character checksum", () => {
    const { secret, keyPrefix } = generateApiKey();
    expect(secret).toMatch(/^afk_live_[0-9A-Za-z]{46}$/);
    expect(keyPrefix).toBe(secret.slice(0, 17));
    expect(keyPrefix).toMatch(/^afk_live_[0-9A-Za-z]{8}$/);
    expect(keyPrefix.length).toBeLessThanOrEqual(32); // the column is varchar(32)
    expect(apiKeyPrefixOf(secret)).toBe(keyPrefix);
  });

  it("stores the hex SHA-256 of the whole secret", () => {
    const { secret, keyHash } = generateApiKey();
    expect(keyHash).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(secret)).toBe(keyHash);
    expect(hashApiKey(`${secret}x`)).not.toBe(keyHash);
  });

  it("never repeats a secret or a visible prefix in a thousand keys", () => {
    const keys = Array.from({ length: 1000 }, () => generateApiKey());
    expect(new Set(keys.map((key) => key.secret)).size).toBe(1000);
    expect(new Set(keys.map((key) => key.keyPrefix)).size).toBe(1000);
  });

  it("uses every base62 character in the body", () => {
    const bodies = Array.from({ length: 200 }, () => generateApiKey().secret.slice(API_KEY_PREFIX.length, -6)).join("");
    expect(new Set(bodies).size).toBe(62);
  });

  it("accepts every generated key offline", () => {
    for (let i = 0; i < 100; i += 1) expect(isWellFormedApiKey(generateApiKey().secret)).toBe(true);
  });

  it("rejects any single mistyped character, in the body or the checksum", () => {
    const { secret } = generateApiKey();
    for (let position = API_KEY_PREFIX.length; position < secret.length; position += 1) {
      const original = secret[position]!;
      const replacement = BASE62[(BASE62.indexOf(original) + 1 + position) % 62]!;
      const typo = `${secret.slice(0, position)}${replacement}${secret.slice(position + 1)}`;
      expect(isWellFormedApiKey(typo), `typo at ${position}`).toBe(false);
    }
  });

  it("rejects swapped neighbours, truncation, extra characters and foreign prefixes", () => {
    const { secret } = generateApiKey();
    const body = secret.slice(API_KEY_PREFIX.length, -6);
    const i = [...body].findIndex((char, index) => char !== body[index + 1]);
    const swapped = `${body.slice(0, i)}${body[i + 1]}${body[i]}${body.slice(i + 2)}`;
    expect(isWellFormedApiKey(`${API_KEY_PREFIX}${swapped}${secret.slice(-6)}`)).toBe(false);
    expect(isWellFormedApiKey(secret.slice(0, -1))).toBe(false);
    expect(isWellFormedApiKey(secret.slice(0, 30))).toBe(false);
    expect(isWellFormedApiKey(`${secret}a`)).toBe(false);
    expect(isWellFormedApiKey(` ${secret}`)).toBe(false);
    expect(isWellFormedApiKey(secret.replace("afk_live_", "afk_test_"))).toBe(false);
    expect(isWellFormedApiKey("")).toBe(false);
  });

  it("computes the checksum as 6 base62 characters", () => {
    expect(apiKeyChecksum("0".repeat(40))).toMatch(/^[0-9A-Za-z]{6}$/);
    expect(apiKeyChecksum("0".repeat(40))).not.toBe(apiKeyChecksum(`${"0".repeat(39)}1`));
  });
});
