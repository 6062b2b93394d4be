import "server-only";
import { changedFields } from "../audit/audit-event";
import { runAudited } from "../audit/run-audited";
import { assertPermission, assertUnchangedSince, auditActorOf, parseInput, resolvePrisma, type CallOptions } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import { blueprintSelect, lockBlueprint, toBlueprintView, type BlueprintView } from "./blueprint-row";
import { setBlueprintVisibilitySchema, type SetBlueprintVisibilityInput } from "./blueprint-schemas";

// The shared body of publishBlueprint and unpublishBlueprint.
export async function setBlueprintVisibility(
  options: CallOptions & { input: SetBlueprintVisibilityInput },
  isPublic: boolean,
): Promise<BlueprintView> {
  const { actor, request } = options;
  assertPermission(actor, "blueprints.manage");
  const input = parseInput(setBlueprintVisibilitySchema, options.input);

  return runAudited(resolvePrisma(options), { actor: auditActorOf(actor), request }, async (tx, record) => {
    const before = await lockBlueprint(tx, input.blueprintId);
    // Checked before staleness: a double click should hear "already published", not "someone else".
    if (before.isPublic === isPublic) {
      throw new DomainError("no_change", `${before.name} is already ${isPublic ? "published" : "unpublished"}.`);
    }
    assertUnchangedSince(before, input.expectedUpdatedAt, before.name, () => before);

    const after = toBlueprintView(await tx.blueprint.update({ where: { id: before.id }, data: { isPublic }, select: blueprintSelect }));
    record({
      action: isPublic ? "blueprint.publish" : "blueprint.unpublish",
      tenantId: after.publisherId,
      resourceType: "blueprint",
      resourceId: after.id,
      details: { ...changedFields({ isPublic: before.isPublic }, { isPublic: after.isPublic }), ...(input.reason ? { reason: input.reason } : {}) },
    });
    return after;
  });
}
