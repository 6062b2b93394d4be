import "server-only";
import { changedFields, hasChanges } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { assertPermission, assertUnchangedSince, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import { Prisma } from "../generated/prisma/client";
import { blueprintSelect, lockBlueprint, toBlueprintView, type BlueprintView } from "./blueprint-row";
import { updateBlueprintPricingSchema, type UpdateBlueprintPricingInput } from "./blueprint-schemas";

const PRICING_FIELDS = ["pricingModel", "price", "currency"];

/** Sets how a blueprint is sold: its pricing model, price and currency, together. */
export async function updateBlueprintPricing(options: CallOptions & { input: UpdateBlueprintPricingInput }): Promise<BlueprintView> {
  const { actor, request } = options;
  assertPermission(actor, "blueprints.manage");
  const input = parseInput(updateBlueprintPricingSchema, options.input);

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockBlueprint(tx, input.blueprintId);
    assertUnchangedSince(before, input.expectedUpdatedAt, before.name, () => before);

    // Both prices are normalised "12.30" strings, so comparing them is exact.
    const diff = changedFields(before, { pricingModel: input.pricingModel, price: input.price, currency: input.currency }, PRICING_FIELDS);
    if (!hasChanges(diff)) throw new DomainError("no_change", `Nothing changed: ${before.name} is already sold this way.`);

    const after = await tx.blueprint.update({
      where: { id: before.id },
      data: { pricingModel: input.pricingModel, price: new Prisma.Decimal(input.price), currency: input.currency },
      select: blueprintSelect,
    });
    record({ action: "blueprint.update_pricing", tenantId: after.publisherId, resourceType: "blueprint", resourceId: after.id, details: diff });
    return toBlueprintView(after);
  });
}
