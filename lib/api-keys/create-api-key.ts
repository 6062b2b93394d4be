import "server-only";
import { runAudited, type TransactionClient } from "../audit/run-audited";
import { assertPermission, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { readApiKeyRecord, toApiKeyRow, type ApiKeyRow } from "./api-key-row";
import { createApiKeySchemaAt, type CreateApiKeyInput } from "./api-key-schemas";
import { insertApiKey, keyCreatedEvent, lockTenantForNewKey } from "./api-key-writes";

export type CreateApiKeyResult =
  | { key: ApiKeyRow; secret: string; replayed: false }
  | { key: ApiKeyRow; secret: null; replayed: true };

const REPLAY_WINDOW_MS = 24 * 60 * 60 * 1000;

// Thrown out of the transaction to leave runAudited without an audit event: a replay changes nothing.
class Replay {
  constructor(readonly key: ApiKeyRow) {}
}

async function findReplay(tx: TransactionClient, staffId: string, idempotencyKey: string, now: Date): Promise<ApiKeyRow | null> {
  // The lock makes a concurrent submit with the same key wait here until this one commits or rolls back.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${idempotencyKey}))`;
  const [earlier] = await tx.$queryRaw<{ resource_id: string }[]>`
    SELECT resource_id FROM audit_logs
    WHERE action = 'api_key.create' AND actor_type = 'staff' AND actor_id = ${staffId}
      AND details->>'idempotencyKey' = ${idempotencyKey}
      AND created_at > ${new Date(now.getTime() - REPLAY_WINDOW_MS)}
    ORDER BY id DESC LIMIT 1`;
  if (!earlier) return null;
  const record = await readApiKeyRecord(tx, earlier.resource_id);
  return record ? toApiKeyRow(record, now) : null;
}

/**
 * Issues a key for a tenant that is on trial or active. The secret is returned once, for the
 * admin to copy; only its prefix and SHA-256 are stored. With an idempotencyKey, a repeated
 * submit by the same person within 24 hours returns the first key (without its secret).
 */
export async function createApiKey(options: CallOptions & { input: CreateApiKeyInput }): Promise<CreateApiKeyResult> {
  const { actor, request } = options;
  assertPermission(actor, "api_keys.manage");
  const now = options.now ?? new Date();
  const input = parseInput(createApiKeySchemaAt(() => now), options.input);

  try {
    return await runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
      if (input.idempotencyKey) {
        const earlier = await findReplay(tx, actor.id, input.idempotencyKey, now);
        if (earlier) throw new Replay(earlier);
      }
      await lockTenantForNewKey(tx, input.tenantId);
      const created = await insertApiKey(tx, {
        tenantId: input.tenantId,
        name: input.name,
        scopes: input.scopes,
        expiresAt: input.expiresAt,
        createdByStaffId: actor.id,
      });
      record(keyCreatedEvent(created.record, input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}));
      return { key: toApiKeyRow(created.record, now), secret: created.secret, replayed: false as const };
    });
  } catch (error) {
    if (error instanceof Replay) return { key: error.key, secret: null, replayed: true };
    throw error;
  }
}
