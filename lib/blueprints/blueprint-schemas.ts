import "server-only";
import { z } from "zod";
import { currencyInputSchema, moneyInputSchema } from "../billing/money-input-schema";
import { expectedUpdatedAtSchema, reasonSchema } from "../domain/common-schemas";
import { BLUEPRINT_PRICING_MODELS } from "./blueprint-list-spec";

// Input for blueprint changes, parsed on the server by the actions and again by lib/blueprints.
// Prices stay strings from the form to the database: never a JS float.

export const blueprintIdSchema = z.uuid({ error: "This blueprint does not exist." });

export const setBlueprintVisibilitySchema = z.object({ blueprintId: blueprintIdSchema, expectedUpdatedAt: expectedUpdatedAtSchema, reason: reasonSchema });
export type SetBlueprintVisibilityInput = z.input<typeof setBlueprintVisibilitySchema>;

export const updateBlueprintPricingSchema = z
  .object({
    blueprintId: blueprintIdSchema,
    expectedUpdatedAt: expectedUpdatedAtSchema,
    pricingModel: z.enum(BLUEPRINT_PRICING_MODELS, { error: "Choose free, one-time, subscription or usage-based." }),
    price: moneyInputSchema({ example: "19.99" }),
    currency: currencyInputSchema,
  })
  .superRefine((input, context) => {
    const isZero = input.price === "0.00";
    if (input.pricingModel === "free" && !isZero) {
      context.addIssue({ code: "custom", path: ["price"], message: "A free blueprint has a price of 0." });
    }
    if (input.pricingModel !== "free" && isZero) {
      context.addIssue({ code: "custom", path: ["price"], message: "Enter a price above 0, or choose free." });
    }
  });
export type UpdateBlueprintPricingInput = z.input<typeof updateBlueprintPricingSchema>;
