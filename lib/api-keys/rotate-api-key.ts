import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { assertPermission, assertUnchangedSince, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError, notFound } from "../domain/domain-error";
import { apiKeyScalarSelect, toApiKeyRow, type ApiKeyRecord, type ApiKeyRow } from "./api-key-row";
import { rotateApiKeySchemaAt, type RotateApiKeyInput } from "./api-key-schemas";
import { apiKeyStatus } from "./api-key-status";
import { auditedState, insertApiKey, keyCreatedEvent, lockApiKey, lockTenantForNewKey } from "./api-key-writes";

export type RotateApiKeyResult = { key: ApiKeyRow; secret: string; previous: ApiKeyRow };

const HOUR_MS = 60 * 60 * 1000;

/**
 * Issues a replacement with the same tenant, name and scopes, and lets the old key keep working
 * for the grace period (never longer than it would have anyway) so clients can switch over.
 * A grace of 0 revokes the old key now. The new secret is returned once.
 */
export async function rotateApiKey(options: CallOptions & { input: RotateApiKeyInput }): Promise<RotateApiKeyResult> {
  const { actor, request } = options;
  assertPermission(actor, "api_keys.manage");
  const now = options.now ?? new Date();
  const input = parseInput(rotateApiKeySchemaAt(() => now), options.input);

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    // A key never changes tenant, so reading it unlocked is enough to take the locks in order.
    const owner = await tx.apiKey.findUnique({ where: { id: input.keyId }, select: { tenantId: true } });
    if (!owner) throw notFound("This API key");
    await lockTenantForNewKey(tx, owner.tenantId);
    const before = await lockApiKey(tx, input.keyId);
    const status = apiKeyStatus(before, now);
    if (status !== "active") {
      throw new DomainError("conflict", `The key "${before.name}" is ${status}, so it cannot be rotated. Create a new key instead.`, {
        current: toApiKeyRow(before, now),
      });
    }
    assertUnchangedSince(before, input.expectedUpdatedAt, `the key "${before.name}"`, () => toApiKeyRow(before, now));

    const created = await insertApiKey(tx, {
      tenantId: before.tenant.id,
      name: before.name,
      scopes: before.scopes,
      expiresAt: input.expiresAt,
      createdByStaffId: actor.id,
    });
    const graceEnd = new Date(now.getTime() + input.graceHours * HOUR_MS);
    const retire =
      input.graceHours === 0
        ? { revokedAt: now, revokedReason: `Rotated: replaced by ${created.record.keyPrefix}.` }
        : { expiresAt: before.expiresAt && before.expiresAt < graceEnd ? before.expiresAt : graceEnd };
    // Always written, so updatedAt moves and a form opened before the rotation sees it as stale.
    const after: ApiKeyRecord = { ...before, ...(await tx.apiKey.update({ where: { id: before.id }, data: retire, select: apiKeyScalarSelect })) };

    record({
      action: "api_key.rotate",
      tenantId: before.tenant.id,
      resourceType: "api_key",
      resourceId: before.id,
      details: {
        ...changedFields(auditedState(before, now), auditedState(after, now)),
        keyPrefix: before.keyPrefix,
        graceHours: input.graceHours,
        replacedByKeyId: created.record.id,
        replacedByKeyPrefix: created.record.keyPrefix,
      },
    });
    record(keyCreatedEvent(created.record, { rotatedFromKeyId: before.id }));
    return { key: toApiKeyRow(created.record, now), secret: created.secret, previous: toApiKeyRow(after, now) };
  });
}
