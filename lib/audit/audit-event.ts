import { isIP } from "node:net";

// What the console records about one change. Every mutation writes one of these in the same
// transaction as the change itself (see run-audited.ts).

export type AuditActor =
  | { type: "staff"; id: string; email: string }
  | { type: "system"; id?: string; email?: string }
  /** Someone not signed in, e.g. a failed sign-in: the typed email, never proven. */
  | { type: "anonymous"; email?: string };

export type RequestContext = { ipAddress: string | null; userAgent: string | null };

export type AuditEvent = {
  /** Dotted and past-tense-free, e.g. "tenant.suspend", "staff.role_change", "auth.sign_in_failed". */
  action: string;
  tenantId?: string | null;
  resourceType?: string | null;
  resourceId?: string | null;
  /** What changed (before/after of the changed fields only), plus a reason when one was given. */
  details?: Record<string, unknown>;
};

export type AuditRow = {
  tenantId: string | null;
  actorType: "user" | "staff" | "api_key" | "system";
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  details: Record<string, unknown>;
  ipAddress: string | null;
  userAgent: string | null;
};

const ACTION_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

/** Only a real IPv4 or IPv6 address reaches the inet column; anything else is dropped. */
export function cleanIpAddress(value: string | null | undefined): string | null {
  const candidate = value?.split(",")[0]?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "") ?? "";
  return isIP(candidate) ? candidate : null;
}

export function toAuditRow(event: AuditEvent, actor: AuditActor, request: RequestContext): AuditRow {
  if (!ACTION_PATTERN.test(event.action)) {
    throw new Error(`Audit action "${event.action}" must be dotted lower-case words, e.g. "tenant.suspend".`);
  }
  const details = { ...(event.details ?? {}) };
  if (actor.type === "anonymous" && actor.email) details.attemptedEmail = actor.email;
  return {
    tenantId: event.tenantId ?? null,
    // Anonymous callers are recorded as "system" rows with no actor: nobody is proven.
    actorType: actor.type === "staff" ? "staff" : "system",
    actorId: actor.type === "anonymous" ? null : actor.id ?? null,
    actorEmail: actor.type === "anonymous" ? null : actor.email ?? null,
    action: event.action,
    resourceType: event.resourceType ?? null,
    resourceId: event.resourceId ?? null,
    details,
    ipAddress: cleanIpAddress(request.ipAddress),
    userAgent: request.userAgent?.slice(0, 512) ?? null,
  };
}

type Plain = Record<string, unknown>;

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (value && typeof value === "object" && "toFixed" in value && typeof (value as { toString: () => string }).toString === "function") {
    return (value as { toString: () => string }).toString(); // Prisma.Decimal
  }
  return value;
}

/** Whether a changedFields() diff holds any change at all. */
export function hasChanges(diff: { after: Plain }): boolean {
  return Object.keys(diff.after).length > 0;
}

/** The fields that differ between two versions of a record, as { before, after }. */
export function changedFields(before: Plain, after: Plain, fields?: string[]): { before: Plain; after: Plain } {
  const keys = fields ?? [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const diff = { before: {} as Plain, after: {} as Plain };
  for (const key of keys) {
    const a = comparable(before[key]);
    const b = comparable(after[key]);
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      diff.before[key] = a ?? null;
      diff.after[key] = b ?? null;
    }
  }
  return diff;
}
