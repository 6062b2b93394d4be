import "server-only";
import { z } from "zod";
import { expectedUpdatedAtSchema } from "../domain/common-schemas";

// Input for subscription changes, parsed on the server by the actions and again by
// lib/subscriptions itself. Messages are written for the form field they appear under.

const subscriptionIdSchema = z.uuid({ error: "This subscription does not exist." });
const planIdSchema = z.uuid({ error: "Choose a plan." });

export const previewPlanChangeSchema = z.object({ subscriptionId: subscriptionIdSchema, planId: planIdSchema });
export type PreviewPlanChangeInput = z.input<typeof previewPlanChangeSchema>;

export const changePlanSchema = previewPlanChangeSchema.extend({ expectedUpdatedAt: expectedUpdatedAtSchema });
export type ChangePlanInput = z.input<typeof changePlanSchema>;

export const CANCEL_MODES = ["at_period_end", "now"] as const;
export type CancelMode = (typeof CANCEL_MODES)[number];

export const cancelSubscriptionSchema = z.object({
  subscriptionId: subscriptionIdSchema,
  expectedUpdatedAt: expectedUpdatedAtSchema,
  mode: z.enum(CANCEL_MODES, { error: "Choose when the subscription ends: at the end of its period, or now." }),
  reason: z
    .string({ error: "Say why the subscription is canceled." })
    .trim()
    .min(3, "Say why the subscription is canceled, in at least 3 characters.")
    .max(500, "Use at most 500 characters."),
});
export type CancelSubscriptionInput = z.input<typeof cancelSubscriptionSchema>;

export const reactivateSubscriptionSchema = z.object({ subscriptionId: subscriptionIdSchema, expectedUpdatedAt: expectedUpdatedAtSchema });
export type ReactivateSubscriptionInput = z.input<typeof reactivateSubscriptionSchema>;

export const extendTrialSchema = z.object({
  subscriptionId: subscriptionIdSchema,
  expectedUpdatedAt: expectedUpdatedAtSchema,
  days: z.coerce
    .number({ error: "Enter a number of days from 1 to 90." })
    .int("Enter a whole number of days.")
    .min(1, "Extend by at least 1 day.")
    .max(90, "Extend by at most 90 days."),
  reason: z
    .string()
    .trim()
    .max(500, "Use at most 500 characters.")
    .optional()
    .transform((value) => value || undefined),
});
export type ExtendTrialInput = z.input<typeof extendTrialSchema>;

export const getSubscriptionSchema = z.object({ subscriptionId: subscriptionIdSchema });
export type GetSubscriptionInput = z.input<typeof getSubscriptionSchema>;
