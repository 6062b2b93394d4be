"use server";

import { settleAction } from "@/lib/actions/settle-action";
import { staffAction } from "@/lib/auth/staff-action";
import { setBlueprintVisibilitySchema, updateBlueprintPricingSchema } from "@/lib/blueprints/blueprint-schemas";
import { publishBlueprint } from "@/lib/blueprints/publish-blueprint";
import { unpublishBlueprint } from "@/lib/blueprints/unpublish-blueprint";
import { updateBlueprintPricing } from "@/lib/blueprints/update-blueprint-pricing";

// Thin on purpose: staffAction checks the session, the permission and the input; lib/blueprints
// re-checks, does the work and audits it; settleAction revalidates and says what happened.

const pathsOf = (blueprintId: string) => ["/blueprints", `/blueprints/${blueprintId}`];

export const publishBlueprintAction = staffAction("blueprints.manage", setBlueprintVisibilitySchema, async (input, { staff, request }) =>
  settleAction(
    () => publishBlueprint({ actor: staff, request, input }),
    (blueprint) => `${blueprint.name} is published: it is listed in the public marketplace.`,
    pathsOf(input.blueprintId),
  ),
);

export const unpublishBlueprintAction = staffAction("blueprints.manage", setBlueprintVisibilitySchema, async (input, { staff, request }) =>
  settleAction(
    () => unpublishBlueprint({ actor: staff, request, input }),
    (blueprint) => `${blueprint.name} is unpublished: it is no longer listed. Tenants that installed it keep it.`,
    pathsOf(input.blueprintId),
  ),
);

export const updateBlueprintPricingAction = staffAction("blueprints.manage", updateBlueprintPricingSchema, async (input, { staff, request }) =>
  settleAction(() => updateBlueprintPricing({ actor: staff, request, input }), (blueprint) => `${blueprint.name}'s pricing was saved.`, pathsOf(input.blueprintId)),
);
