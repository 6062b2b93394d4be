import "server-only";
import { assertPermission, resolvePrisma, type ReadOptions } from "../domain/call-options";
import { notFound } from "../domain/domain-error";
import { blueprintSelect, toBlueprintView, type BlueprintView } from "./blueprint-row";
import { blueprintIdSchema } from "./blueprint-schemas";

/** One blueprint with its publisher and creator; a malformed id is "not found", never a 500. */
export async function getBlueprint(options: ReadOptions & { blueprintId: string }): Promise<BlueprintView> {
  assertPermission(options.actor, "blueprints.view");
  const parsed = blueprintIdSchema.safeParse(options.blueprintId);
  if (!parsed.success) throw notFound("This blueprint");
  const record = await resolvePrisma(options).blueprint.findUnique({ where: { id: parsed.data }, select: blueprintSelect });
  if (!record) throw notFound("This blueprint");
  return toBlueprintView(record);
}
