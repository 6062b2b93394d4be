import "server-only";
import type { CallOptions } from "../domain/call-options";
import type { BlueprintView } from "./blueprint-row";
import type { SetBlueprintVisibilityInput } from "./blueprint-schemas";
import { setBlueprintVisibility } from "./set-blueprint-visibility";

/** Takes the blueprint out of the public marketplace; tenants that already use it keep it. */
export async function unpublishBlueprint(options: CallOptions & { input: SetBlueprintVisibilityInput }): Promise<BlueprintView> {
  return setBlueprintVisibility(options, false);
}
