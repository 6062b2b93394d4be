// A keyset cursor: the (created_at, id) of the last row on a page, as base64url JSON. The
// timestamp keeps PostgreSQL's microseconds, which a JavaScript Date would round away.

export type AuditCursor = { createdAt: string; id: string };

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const BIGINT = /^[1-9]\d{0,18}$/;
const MAX_BIGINT = 9_223_372_036_854_775_807n;
const MIN_MS = -62_135_596_800_000;
const MAX_MS = 253_402_300_799_999;

/** Date.parse accepts 2026-02-31 (as March 3), which PostgreSQL would refuse with an error. */
function isRealTimestamp(text: string): boolean {
  if (!TIMESTAMP.test(text)) return false;
  const ms = Date.parse(text);
  return ms >= MIN_MS && ms <= MAX_MS && new Date(ms).toISOString().slice(0, 19) === text.slice(0, 19);
}

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id]), "utf8").toString("base64url");
}

/** Null for anything that is not a cursor this module wrote: it must never reach SQL as an error. */
export function decodeAuditCursor(text: string): AuditCursor | null {
  if (typeof text !== "string" || text.length > 200 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) return null;
  const [createdAt, id] = decoded as unknown[];
  if (typeof createdAt !== "string" || typeof id !== "string") return null;
  if (!isRealTimestamp(createdAt)) return null;
  if (!BIGINT.test(id) || BigInt(id) > MAX_BIGINT) return null;
  return { createdAt, id };
}
