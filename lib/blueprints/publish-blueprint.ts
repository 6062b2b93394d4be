import "server-only";
import type { CallOptions } from "../domain/call-options";
import type { BlueprintView } from "./blueprint-row";
import type { SetBlueprintVisibilityInput } from "./blueprint-schemas";
import { setBlueprintVisibility } from "./set-blueprint-visibility";

/** Lists the blueprint in the public marketplace. */
export async function publishBlueprint(options: CallOptions & { input: SetBlueprintVisibilityInput }): Promise<BlueprintView> {
  return setBlueprintVisibility(options, true);
}
