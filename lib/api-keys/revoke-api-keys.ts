import "server-only";
import { z } from "zod";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { assertPermission, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import { apiKeyScalarSelect, readApiKeyRecords, toApiKeyRow, type ApiKeyRecord, type ApiKeyRow } from "./api-key-row";
import { auditedState } from "./api-key-writes";

// Revokes several keys at once, all or nothing: one transaction, one audit row per key. If any
// key is gone or already revoked, nothing is revoked. Other changes since the list was loaded do
// not block it: revoking overwrites nothing (see revokeApiKeySchema).

export const MAX_BULK_REVOKE = 100;

export const revokeApiKeysSchema = z.object({
  keyIds: z
    .array(z.uuid({ error: "One of the chosen keys does not exist." }), { error: "Choose the keys to revoke." })
    .min(1, "Choose at least one key to revoke.")
    .max(MAX_BULK_REVOKE, `Revoke at most ${MAX_BULK_REVOKE} keys at once.`),
  reason: z
    .string()
    .trim()
    .max(500, "Use at most 500 characters.")
    .optional()
    .transform((value) => value || undefined),
});
export type RevokeApiKeysInput = z.input<typeof revokeApiKeysSchema>;

const listed = (keys: ApiKeyRecord[]) => keys.map((key) => key.keyPrefix).join(", ");

export async function revokeApiKeys(options: CallOptions & { input: RevokeApiKeysInput }): Promise<ApiKeyRow[]> {
  const { actor, request } = options;
  assertPermission(actor, "api_keys.manage");
  const input = parseInput(revokeApiKeysSchema, options.input);
  const now = options.now ?? new Date();
  // Locked in id order, so two bulk revokes over overlapping keys queue instead of deadlocking.
  const ids = [...new Set(input.keyIds)].sort();

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    await tx.$queryRaw`SELECT 1 FROM api_keys WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
    const before = await readApiKeyRecords(tx, ids);
    const current = () => before.map((key) => toApiKeyRow(key, now));
    if (before.length < ids.length) {
      const missing = ids.length - before.length;
      throw new DomainError(
        "not_found",
        `${missing === 1 ? "One of the chosen keys no longer exists" : `${missing} of the chosen keys no longer exist`}, so nothing was revoked. Reload the list and choose again.`,
      );
    }
    const revoked = before.filter((key) => key.revokedAt);
    if (revoked.length > 0) {
      throw new DomainError(
        "conflict",
        `${listed(revoked)} ${revoked.length === 1 ? "is" : "are"} already revoked, so nothing was revoked. Leave ${revoked.length === 1 ? "it" : "them"} out and try again.`,
        { current: current() },
      );
    }

    const after: ApiKeyRecord[] = [];
    for (const key of before) {
      const updated = await tx.apiKey.update({
        where: { id: key.id },
        data: { revokedAt: now, revokedReason: input.reason ?? null },
        select: apiKeyScalarSelect,
      });
      after.push({ ...key, ...updated });
      record({
        action: "api_key.revoke",
        tenantId: key.tenant.id,
        resourceType: "api_key",
        resourceId: key.id,
        details: { ...changedFields(auditedState(key, now), auditedState(updated, now)), keyPrefix: key.keyPrefix, bulkCount: ids.length },
      });
    }
    return after.map((key) => toApiKeyRow(key, now));
  });
}
