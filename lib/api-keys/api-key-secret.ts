import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { crc32 } from "node:zlib";

// A key looks like afk_live_<40 base62 chars of randomness><6 base62 chars of CRC32>. The prefix
// makes a leaked key recognisable to secret scanners; the checksum lets us reject a typo'd or
// truncated key without touching the database. Only the prefix and the SHA-256 are ever stored.

export const API_KEY_PREFIX = "afk_live_";
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BODY_LENGTH = 40; // about 238 bits
const CHECKSUM_LENGTH = 6; // 62^6 > 2^32, so every CRC32 fits
const VISIBLE_BODY_LENGTH = 8;
const SECRET_PATTERN = new RegExp(`^${API_KEY_PREFIX}([0-9A-Za-z]{${BODY_LENGTH}})([0-9A-Za-z]{${CHECKSUM_LENGTH}})$`);

export type ApiKeySecret = { secret: string; keyPrefix: string; keyHash: string };

function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 4 * 62: rejecting the top bytes keeps every character equally likely.
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

function toBase62(value: number, length: number): string {
  let out = "";
  for (let rest = value; rest > 0; rest = Math.floor(rest / 62)) out = BASE62[rest % 62] + out;
  return out.padStart(length, "0");
}

export function apiKeyChecksum(body: string): string {
  return toBase62(crc32(`${API_KEY_PREFIX}${body}`), CHECKSUM_LENGTH);
}

/** Offline check: the right shape and a matching checksum. Says nothing about whether the key exists. */
export function isWellFormedApiKey(secret: string): boolean {
  const match = SECRET_PATTERN.exec(secret);
  return match !== null && apiKeyChecksum(match[1]!) === match[2];
}

export function hashApiKey(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** The part shown in lists to tell keys apart; unique in the table. */
export function apiKeyPrefixOf(secret: string): string {
  return secret.slice(0, API_KEY_PREFIX.length + VISIBLE_BODY_LENGTH);
}

export function generateApiKey(): ApiKeySecret {
  const body = randomBase62(BODY_LENGTH);
  const secret = `${API_KEY_PREFIX}${body}${apiKeyChecksum(body)}`;
  return { secret, keyPrefix: apiKeyPrefixOf(secret), keyHash: hashApiKey(secret) };
}
