import "server-only";
import { changedFields, hasChanges } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { assertPermission, assertUnchangedSince, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { isUniqueViolation } from "../domain/is-unique-violation";
import { DomainError } from "../domain/domain-error";
import type { Tenant } from "../generated/prisma/client";
import { lockTenant, slugTaken } from "./tenant-lookup";
import { updateTenantSchema, type UpdateTenantInput } from "./tenant-schemas";

const EDITABLE = ["name", "slug", "billingEmail"] as const;

/** Changes a tenant's name, slug or billing email; fields left out of the input stay as they are. */
export async function updateTenant(options: CallOptions & { input: UpdateTenantInput }): Promise<Tenant> {
  const { actor, request } = options;
  assertPermission(actor, "tenants.manage");
  const input = parseInput(updateTenantSchema, options.input);

  try {
    return await runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
      const before = await lockTenant(tx, input.tenantId);
      assertUnchangedSince(before, input.expectedUpdatedAt, before.name, () => before);

      const wanted = {
        name: input.name ?? before.name,
        slug: input.slug ?? before.slug,
        billingEmail: input.billingEmail === undefined ? before.billingEmail : input.billingEmail,
      };
      const diff = changedFields(before, wanted, [...EDITABLE]);
      if (!hasChanges(diff)) throw new DomainError("no_change", `Nothing changed: ${before.name} already has these values.`);
      if (wanted.slug !== before.slug) {
        const holder = await tx.tenant.findUnique({ where: { slug: wanted.slug }, select: { id: true } });
        if (holder) throw slugTaken();
      }

      const after = await tx.tenant.update({ where: { id: before.id }, data: wanted });
      record({ action: "tenant.update", tenantId: after.id, resourceType: "tenant", resourceId: after.id, details: diff });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}
