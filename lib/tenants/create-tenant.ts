import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited, type TransactionClient } from "../audit/run-audited";
import { assertPermission, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { isUniqueViolation } from "../domain/is-unique-violation";
import { DomainError } from "../domain/domain-error";
import type { Tenant } from "../generated/prisma/client";
import { slugTaken } from "./tenant-lookup";
import { createTenantSchema, type CreateTenantInput } from "./tenant-schemas";
import { slugify, SLUG_MAX_LENGTH } from "../format/slugify";

// Carries the tenant of an earlier identical request out of the transaction, which then rolls
// back having written nothing (runAudited refuses a commit without an audit row, rightly).
class RepeatedRequest extends Error {
  constructor(readonly tenant: Tenant) {
    super("This tenant was already created by an earlier request with the same idempotency key.");
  }
}

/** The tenant an earlier tenant.create by this staff member with this key made within 24 hours. */
async function findEarlierCreate(tx: TransactionClient, actorId: string, key: string): Promise<Tenant | null> {
  // A second request with the same key waits here until the first commits, then finds its row.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`tenant.create:${key}`}))`;
  const [earlier] = await tx.$queryRaw<{ tenantId: string }[]>`
    SELECT resource_id AS "tenantId" FROM audit_logs
    WHERE action = 'tenant.create' AND actor_id = ${actorId} AND created_at > now() - interval '24 hours'
      AND details->>'idempotencyKey' = ${key}
    ORDER BY created_at DESC, id DESC
    LIMIT 1`;
  return earlier ? tx.tenant.findUnique({ where: { id: earlier.tenantId } }) : null;
}

/** The name's slug, or the first of name-2 … name-20 that is free. */
async function suggestSlug(tx: TransactionClient, name: string): Promise<string> {
  const base = slugify(name, SLUG_MAX_LENGTH - 3);
  if (base.length < 2) {
    throw new DomainError("invalid_input", "Check the highlighted fields and try again.", {
      fieldErrors: { slug: ["Enter a slug: the name has too few letters or digits to make one."] },
    });
  }
  const candidates = [base, ...Array.from({ length: 19 }, (_, i) => `${base}-${i + 2}`)];
  const taken = await tx.tenant.findMany({ where: { slug: { in: candidates } }, select: { slug: true } });
  const free = candidates.find((candidate) => !taken.some((row) => row.slug === candidate));
  if (!free) throw slugTaken();
  return free;
}

/**
 * Creates a tenant. With an idempotency key, a repeat by the same staff member within 24 hours
 * returns the tenant the first request created instead of creating another.
 */
export async function createTenant(options: CallOptions & { input: CreateTenantInput }): Promise<Tenant> {
  const { actor, request } = options;
  assertPermission(actor, "tenants.manage");
  const input = parseInput(createTenantSchema, options.input);

  try {
    return await runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
      if (input.idempotencyKey) {
        const earlier = await findEarlierCreate(tx, actor.id, input.idempotencyKey);
        if (earlier) throw new RepeatedRequest(earlier);
      }
      const slug = input.slug ?? (await suggestSlug(tx, input.name));
      if (input.slug && (await tx.tenant.findUnique({ where: { slug }, select: { id: true } }))) throw slugTaken();

      const created = await tx.tenant.create({
        data: { name: input.name, slug, billingEmail: input.billingEmail ?? null, status: input.status },
      });
      const after = { name: created.name, slug: created.slug, status: created.status, billingEmail: created.billingEmail };
      record({
        action: "tenant.create",
        tenantId: created.id,
        resourceType: "tenant",
        resourceId: created.id,
        details: {
          ...changedFields(Object.fromEntries(Object.keys(after).map((key) => [key, null])), after),
          ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
        },
      });
      return created;
    });
  } catch (error) {
    if (error instanceof RepeatedRequest) return error.tenant;
    // Two admins taking the same slug at once: the unique index decides.
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}
