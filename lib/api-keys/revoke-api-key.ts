import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { assertPermission, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import { apiKeyScalarSelect, toApiKeyRow, type ApiKeyRecord, type ApiKeyRow } from "./api-key-row";
import { revokeApiKeySchema, type RevokeApiKeyInput } from "./api-key-schemas";
import { auditedState, lockApiKey } from "./api-key-writes";

/** Revokes a key at once: the platform refuses it from the next request on. */
export async function revokeApiKey(options: CallOptions & { input: RevokeApiKeyInput }): Promise<ApiKeyRow> {
  const { actor, request } = options;
  assertPermission(actor, "api_keys.manage");
  const input = parseInput(revokeApiKeySchema, options.input);
  const now = options.now ?? new Date();

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockApiKey(tx, input.keyId);
    if (before.revokedAt) {
      throw new DomainError("no_change", `The key "${before.name}" (${before.keyPrefix}) is already revoked.`, {
        current: toApiKeyRow(before, now),
      });
    }

    const after: ApiKeyRecord = {
      ...before,
      ...(await tx.apiKey.update({
        where: { id: before.id },
        data: { revokedAt: now, revokedReason: input.reason ?? null },
        select: apiKeyScalarSelect,
      })),
    };
    record({
      action: "api_key.revoke",
      tenantId: before.tenant.id,
      resourceType: "api_key",
      resourceId: before.id,
      details: { ...changedFields(auditedState(before, now), auditedState(after, now)), keyPrefix: before.keyPrefix },
    });
    return toApiKeyRow(after, now);
  });
}
