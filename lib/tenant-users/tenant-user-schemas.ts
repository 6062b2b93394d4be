import "server-only";
import { z } from "zod";

// Input for disabling and enabling a tenant's users, parsed on the server by the actions and
// again by lib/tenant-users itself.

const userIdSchema = z.uuid({ error: "This user does not exist." });

// The updatedAt the admin saw; a stale one means someone else changed the user meanwhile.
const expectedUpdatedAtSchema = z.coerce.date({ error: "Reload the page and try again." });

const reasonSchema = z
  .string()
  .trim()
  .max(500, "Use at most 500 characters.")
  .optional()
  .transform((value) => value || undefined);

export const disableTenantUserSchema = z.object({ userId: userIdSchema, expectedUpdatedAt: expectedUpdatedAtSchema, reason: reasonSchema });
export type DisableTenantUserInput = z.input<typeof disableTenantUserSchema>;

export const enableTenantUserSchema = z.object({ userId: userIdSchema, expectedUpdatedAt: expectedUpdatedAtSchema, reason: reasonSchema });
export type EnableTenantUserInput = z.input<typeof enableTenantUserSchema>;
