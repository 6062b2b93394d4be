import "server-only";
import { z } from "zod";
import { expectedUpdatedAtSchema, reasonSchema } from "../domain/common-schemas";
import { API_KEY_SCOPES, isApiKeyScope } from "./api-key-scopes";

// Input for API key management, parsed on the server by the actions and again by lib/api-keys.
// Messages are written for the form field they appear under.

export const MAX_KEY_LIFETIME_DAYS = 365;
export const MAX_GRACE_HOURS = 168;
export const DEFAULT_GRACE_HOURS = 24;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Expiry is checked against a clock read at parse time, so a schema built once never goes stale. */
export type Clock = () => Date;
const systemClock: Clock = () => new Date();

const keyIdSchema = z.uuid({ error: "This API key does not exist." });

const nameSchema = z
  .string({ error: "Enter a name for the key." })
  .trim()
  .min(1, "Enter a name for the key.")
  .max(200, "Use at most 200 characters.");

// Stored in canonical order without duplicates; a single checkbox may arrive as a plain string.
const scopesSchema = z
  .union([z.array(z.string().max(100)), z.string().max(100)], { error: "Choose at least one scope." })
  .optional()
  .transform((value, context) => {
    const chosen = [...new Set(value === undefined ? [] : typeof value === "string" ? [value] : value)];
    for (const scope of chosen.filter((item) => !isApiKeyScope(item)).slice(0, 3)) {
      context.addIssue({ code: "custom", message: `"${scope}" is not a scope the console can grant. Choose scopes from the list.` });
    }
    if (chosen.length === 0) context.addIssue({ code: "custom", message: "Choose at least one scope." });
    return API_KEY_SCOPES.filter((scope) => chosen.includes(scope));
  });

function expiresAtSchema(clock: Clock) {
  return z
    .union([z.date(), z.string(), z.null()], { error: "Enter a valid expiry date, such as 2027-03-31." })
    .optional()
    .transform((value, context) => {
      if (value === undefined || value === null || value === "") {
        context.addIssue({ code: "custom", message: "Choose when the key expires. Every key needs an expiry date." });
        return z.NEVER;
      }
      const date = value instanceof Date ? value : new Date(value);
      const now = clock();
      let problem: string | null = null;
      if (Number.isNaN(date.getTime())) problem = "Enter a valid expiry date, such as 2027-03-31.";
      else if (date.getTime() <= now.getTime()) problem = "Choose an expiry date in the future.";
      else if (date.getTime() > now.getTime() + MAX_KEY_LIFETIME_DAYS * DAY_MS) {
        problem = `Choose an expiry date at most ${MAX_KEY_LIFETIME_DAYS} days from now.`;
      }
      if (problem) {
        context.addIssue({ code: "custom", message: problem });
        return z.NEVER;
      }
      return date;
    });
}

// The form generates one per opening, so a double submit or a retry after a timeout is one key.
const idempotencyKeySchema = z
  .string()
  .trim()
  .max(200, "Use at most 200 characters.")
  .optional()
  .transform((value) => value || undefined);

const GRACE_MESSAGE = `Enter whole hours from 0 to ${MAX_GRACE_HOURS}.`;
const graceHoursSchema = z
  .union([z.number(), z.string()], { error: GRACE_MESSAGE })
  .optional()
  .transform((value) => (value === undefined || value === "" ? DEFAULT_GRACE_HOURS : Number(value)))
  .pipe(z.number({ error: GRACE_MESSAGE }).int(GRACE_MESSAGE).min(0, GRACE_MESSAGE).max(MAX_GRACE_HOURS, GRACE_MESSAGE));

export function createApiKeySchemaAt(clock: Clock = systemClock) {
  return z.object({
    tenantId: z.uuid({ error: "Choose a tenant." }),
    name: nameSchema,
    scopes: scopesSchema,
    expiresAt: expiresAtSchema(clock),
    idempotencyKey: idempotencyKeySchema,
  });
}
export const createApiKeySchema = createApiKeySchemaAt();
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

// No expectedUpdatedAt: revoking overwrites nothing anyone edited, and a key the platform marks as
// used (which may move updated_at) must still be revocable from a page loaded a minute ago.
export const revokeApiKeySchema = z.object({ keyId: keyIdSchema, reason: reasonSchema });
export type RevokeApiKeyInput = z.input<typeof revokeApiKeySchema>;

export function rotateApiKeySchemaAt(clock: Clock = systemClock) {
  return z.object({
    keyId: keyIdSchema,
    expectedUpdatedAt: expectedUpdatedAtSchema,
    graceHours: graceHoursSchema,
    expiresAt: expiresAtSchema(clock),
  });
}
export const rotateApiKeySchema = rotateApiKeySchemaAt();
export type RotateApiKeyInput = z.input<typeof rotateApiKeySchema>;

