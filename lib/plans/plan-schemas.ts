import "server-only";
import { z } from "zod";
import { CURRENCIES, moneyString } from "../billing/money";

// Input for plan management, parsed on the server by the actions and again by lib/plans itself.
// Messages are written for the form field they appear under.

const planIdSchema = z.uuid({ error: "This plan does not exist." });

// The updatedAt the admin saw; a different one means someone else changed the plan meanwhile.
const expectedUpdatedAtSchema = z.coerce.date({ error: "Reload the page and try again." });

const nameSchema = z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(100, "Use at most 100 characters.");

const slugSchema = z
  .string({ error: "Enter a slug." })
  .trim()
  .toLowerCase()
  .min(1, "Enter a slug.")
  .max(100, "Use at most 100 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens, such as pro-annual.");

const descriptionSchema = z
  .string()
  .trim()
  .max(2000, "Use at most 2,000 characters.")
  .nullish()
  .transform((value) => value || null);

// Money arrives as a decimal string, never a float: "49", "49.5" and "49.00" all become "49.00".
const priceSchema = z
  .string({ error: "Enter a price, such as 49.00." })
  .trim()
  .regex(/^\d{1,10}(\.\d{1,2})?$/, "Enter an amount of 0 or more with at most 2 decimals, such as 49.00.")
  .transform((value) => moneyString(value));

const currencySchema = z
  .string({ error: "Choose a currency." })
  .trim()
  .toUpperCase()
  .pipe(z.enum(CURRENCIES, { error: `Choose one of ${CURRENCIES.join(", ")}.` }));

// One feature per line on the form: blank lines are dropped rather than refused.
const featuresSchema = z
  .array(z.string({ error: "Each feature must be text." }).trim().max(200, "Keep each feature under 200 characters."), {
    error: "List the features, one per line.",
  })
  .optional()
  .transform((features) => (features ?? []).filter((feature) => feature.length > 0))
  .refine((features) => features.length <= 30, "List at most 30 features.");

const LIMIT_MESSAGE = "Enter a whole number from 0 to 9,007,199,254,740,991, or leave it empty for unlimited.";
// Usage and limits are compared as JavaScript numbers on the pages, exact up to 2^53 - 1.
const MAX_LIMIT = BigInt(Number.MAX_SAFE_INTEGER);

// null (or an empty field) means unlimited; limits are bigint in the database. A bigint is taken
// as is, so that lib/plans can parse again what the action already parsed.
const limitSchema = z
  .union([z.number(), z.string(), z.bigint(), z.null()], { error: LIMIT_MESSAGE })
  .transform((value, context): bigint | null => {
    if (value === null || (typeof value === "string" && value.trim() === "")) return null;
    if (typeof value === "bigint") {
      if (value >= 0n && value <= MAX_LIMIT) return value;
      context.addIssue({ code: "custom", message: LIMIT_MESSAGE });
      return z.NEVER;
    }
    if (typeof value === "number" ? Number.isSafeInteger(value) && value >= 0 : /^\d{1,16}$/.test(value.trim()) && BigInt(value.trim()) <= MAX_LIMIT) {
      return BigInt(typeof value === "number" ? value : value.trim());
    }
    context.addIssue({ code: "custom", message: LIMIT_MESSAGE });
    return z.NEVER;
  });

const limitsSchema = z.object(
  { executions: limitSchema, tokens: limitSchema, api_calls: limitSchema, seats: limitSchema, agents: limitSchema },
  { error: "Set a limit for each metric, or leave it empty for unlimited." },
);

const sortOrderSchema = z.coerce
  .number({ error: "Enter a whole number." })
  .int("Enter a whole number.")
  .min(0, "Use 0 or more.")
  .max(1_000_000, "Use at most 1,000,000.")
  .optional()
  .transform((value) => value ?? 0);

const planFieldsSchema = z.object({
  name: nameSchema,
  slug: slugSchema,
  description: descriptionSchema,
  priceMonthly: priceSchema,
  priceYearly: priceSchema,
  currency: currencySchema,
  features: featuresSchema,
  limits: limitsSchema,
  sortOrder: sortOrderSchema,
});
export type PlanFields = z.output<typeof planFieldsSchema>;

export const createPlanSchema = planFieldsSchema;
export type CreatePlanInput = z.input<typeof createPlanSchema>;

/** A full replacement, as the edit form sends it: an omitted description or feature list is cleared. */
export const updatePlanSchema = planFieldsSchema.extend({ planId: planIdSchema, expectedUpdatedAt: expectedUpdatedAtSchema });
export type UpdatePlanInput = z.input<typeof updatePlanSchema>;

export const planStateChangeSchema = z.object({ planId: planIdSchema, expectedUpdatedAt: expectedUpdatedAtSchema });
export type ArchivePlanInput = z.input<typeof planStateChangeSchema>;
export type UnarchivePlanInput = z.input<typeof planStateChangeSchema>;
export type DeletePlanInput = z.input<typeof planStateChangeSchema>;

export const getPlanSchema = z.object({ planId: planIdSchema });
export type GetPlanInput = z.input<typeof getPlanSchema>;
