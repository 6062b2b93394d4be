import "server-only";
import { createHash, randomBytes, randomInt } from "node:crypto";

// The secrets an admin hands to a new or locked-out colleague. Neither is ever stored as given:
// passwords become scrypt hashes, invite tokens their SHA-256.

export const INVITE_LIFETIME_MS = 24 * 60 * 60 * 1000;

// No 0/O, 1/l/I: the person may have to type it from a chat message or a phone screen.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Four groups of five (about 116 bits), e.g. "k7Rmq-ZtW2p-…". */
export function generateOneTimePassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}

export function createInviteToken(now: Date): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token), expiresAt: new Date(now.getTime() + INVITE_LIFETIME_MS) };
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function inviteUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/invite/${token}`;
}
