import "server-only";
import { z } from "zod";
import { BLUEPRINT_CURRENCIES, BLUEPRINT_PRICING_MODELS } from "./blueprint-list-spec";

// Input for blueprint changes, parsed on the server by the actions and again by lib/blueprints.
// Prices stay strings from the form to the database: never a JS float.

export const blueprintIdSchema = z.uuid({ error: "This blueprint does not exist." });

// The updatedAt the admin saw; a stale one means someone else changed the blueprint meanwhile.
const expectedUpdatedAtSchema = z.coerce.date({ error: "Reload the page and try again." });

const reasonSchema = z
  .string()
  .trim()
  .max(500, "Use at most 500 characters.")
  .optional()
  .transform((value) => value || undefined);

// NUMERIC(12, 2): up to 10 digits before the point and 2 after; "7.5" is stored as "7.50".
const priceSchema = z
  .string({ error: "Enter a price, such as 19.99." })
  .trim()
  .regex(/^\d{1,10}(\.\d{1,2})?$/, "Enter a price of 0 or more with at most 2 decimals, such as 19.99.")
  .transform((value) => {
    const [whole = "0", fraction = ""] = value.split(".");
    return `${whole.replace(/^0+(?=\d)/, "")}.${fraction.padEnd(2, "0")}`;
  });

export const setBlueprintVisibilitySchema = z.object({ blueprintId: blueprintIdSchema, expectedUpdatedAt: expectedUpdatedAtSchema, reason: reasonSchema });
export type SetBlueprintVisibilityInput = z.input<typeof setBlueprintVisibilitySchema>;

export const updateBlueprintPricingSchema = z
  .object({
    blueprintId: blueprintIdSchema,
    expectedUpdatedAt: expectedUpdatedAtSchema,
    pricingModel: z.enum(BLUEPRINT_PRICING_MODELS, { error: "Choose free, one-time, subscription or usage-based." }),
    price: priceSchema,
    currency: z.string({ error: "Choose USD, EUR or GBP." }).trim().toUpperCase().pipe(z.enum(BLUEPRINT_CURRENCIES, { error: "Choose USD, EUR or GBP." })),
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
