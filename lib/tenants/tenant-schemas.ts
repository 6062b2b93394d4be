import "server-only";
import { z } from "zod";
import { expectedUpdatedAtSchema } from "../domain/common-schemas";
import { SLUG_PATTERN } from "../format/slugify";

// Input for tenant changes, parsed on the server by the actions and again by lib/tenants itself.
// Messages are written for the form field they appear under.

export const tenantIdSchema = z.uuid({ error: "This tenant does not exist." });

const nameSchema = z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(200, "Use at most 200 characters.");

const slugSchema = z
  .string({ error: "Enter a slug." })
  .trim()
  .toLowerCase()
  .min(2, "Use at least 2 characters.")
  .max(100, "Use at most 100 characters.")
  .regex(SLUG_PATTERN, "Use lower-case letters, digits and single hyphens, such as acme-labs.");

// Empty means "no billing email"; it is stored as null.
const billingEmailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .max(320, "Use at most 320 characters.")
  .nullable()
  .transform((value) => value || null)
  .pipe(z.email({ error: "Enter a valid email address, such as billing@example.com." }).nullable());

export const requiredReasonSchema = z
  .string({ error: "Give a reason." })
  .trim()
  .min(3, "Give a reason of at least 3 characters.")
  .max(500, "Use at most 500 characters.");

export const createTenantSchema = z.object({
  name: nameSchema,
  // Empty means "derive one from the name".
  slug: z.string().optional().transform((value) => value?.trim() || undefined).pipe(slugSchema.optional()),
  billingEmail: billingEmailSchema.optional(),
  status: z.enum(["trial", "active"], { error: "Choose trial or active." }).default("trial"),
  // Sent by the form once per opening, so a double submit creates one tenant.
  idempotencyKey: z.string().trim().max(200, "Use at most 200 characters.").optional().transform((value) => value || undefined),
});
export type CreateTenantInput = z.input<typeof createTenantSchema>;

// Fields left out stay as they are; billingEmail "" or null clears it.
export const updateTenantSchema = z.object({
  tenantId: tenantIdSchema,
  expectedUpdatedAt: expectedUpdatedAtSchema,
  name: nameSchema.optional(),
  slug: slugSchema.optional(),
  billingEmail: billingEmailSchema.optional(),
});
export type UpdateTenantInput = z.input<typeof updateTenantSchema>;

export const suspendTenantSchema = z.object({ tenantId: tenantIdSchema, expectedUpdatedAt: expectedUpdatedAtSchema, reason: requiredReasonSchema });
export type SuspendTenantInput = z.input<typeof suspendTenantSchema>;

export const reactivateTenantSchema = z.object({ tenantId: tenantIdSchema, expectedUpdatedAt: expectedUpdatedAtSchema, reason: requiredReasonSchema });
export type ReactivateTenantInput = z.input<typeof reactivateTenantSchema>;
