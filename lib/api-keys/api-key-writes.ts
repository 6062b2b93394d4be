import "server-only";
import type { AuditEvent } from "../audit/audit-event";
import type { TransactionClient } from "../audit/run-audited";
import { DomainError, notFound } from "../domain/domain-error";
import { readApiKeyRecord, type ApiKeyRecord } from "./api-key-row";
import { generateApiKey } from "./api-key-secret";
import { apiKeyStatus } from "./api-key-status";

// Locks and writes shared by create, revoke and rotate. Lock order is always: the tenant, then
// the key, so a suspension racing a new key either waits for it or is seen by it.

export async function lockApiKey(tx: TransactionClient, keyId: string): Promise<ApiKeyRecord> {
  await tx.$queryRaw`SELECT 1 FROM api_keys WHERE id = ${keyId}::uuid FOR UPDATE`;
  const record = await readApiKeyRecord(tx, keyId);
  if (!record) throw notFound("This API key");
  return record;
}

/** FOR SHARE keeps the tenant from being suspended or cancelled until the new key is committed. */
export async function lockTenantForNewKey(tx: TransactionClient, tenantId: string): Promise<void> {
  const [tenant] = await tx.$queryRaw<{ name: string; status: string }[]>`
    SELECT name, status::text AS status FROM tenants WHERE id = ${tenantId}::uuid FOR SHARE`;
  if (!tenant) throw notFound("This tenant");
  if (tenant.status === "suspended" || tenant.status === "cancelled") {
    throw new DomainError(
      "conflict",
      `${tenant.name} is ${tenant.status}, so no new API keys can be issued for it. Reactivate the tenant first.`,
    );
  }
}

type NewKey = { tenantId: string; name: string; scopes: string[]; expiresAt: Date; createdByStaffId: string };

/** Inserts a key under a fresh secret; the secret leaves here once and is never stored. */
export async function insertApiKey(tx: TransactionClient, key: NewKey): Promise<{ record: ApiKeyRecord; secret: string }> {
  let generated = generateApiKey();
  // Eight base62 characters rarely collide, but the prefix is unique and a violation would abort the transaction.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (!(await tx.apiKey.findUnique({ where: { keyPrefix: generated.keyPrefix }, select: { id: true } }))) break;
    generated = generateApiKey();
  }
  const { id } = await tx.apiKey.create({
    data: { ...key, keyPrefix: generated.keyPrefix, keyHash: generated.keyHash },
    select: { id: true },
  });
  return { record: (await readApiKeyRecord(tx, id))!, secret: generated.secret };
}

/** The api_key.create event: what was issued, never the secret or its hash. */
export function keyCreatedEvent(record: ApiKeyRecord, extra: Record<string, unknown> = {}): AuditEvent {
  return {
    action: "api_key.create",
    tenantId: record.tenant.id,
    resourceType: "api_key",
    resourceId: record.id,
    details: {
      name: record.name,
      scopes: record.scopes,
      expiresAt: record.expiresAt?.toISOString() ?? null,
      keyPrefix: record.keyPrefix,
      ...extra,
    },
  };
}

/** The fields revoke and rotate change, for changedFields: before/after keep only what differs. */
export function auditedState(key: Pick<ApiKeyRecord, "revokedAt" | "revokedReason" | "expiresAt">, now: Date) {
  return { status: apiKeyStatus(key, now), expiresAt: key.expiresAt, revokedAt: key.revokedAt, revokedReason: key.revokedReason };
}
