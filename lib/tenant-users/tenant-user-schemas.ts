import "server-only";
import { z } from "zod";
import { expectedUpdatedAtSchema, reasonSchema } from "../domain/common-schemas";

// Input for disabling and enabling a tenant's users, parsed on the server by the actions and
// again by lib/tenant-users itself.

const userIdSchema = z.uuid({ error: "This user does not exist." });

/** Disabling and enabling take the same input. */
export const setTenantUserActiveSchema = z.object({ userId: userIdSchema, expectedUpdatedAt: expectedUpdatedAtSchema, reason: reasonSchema });
export type SetTenantUserActiveInput = z.input<typeof setTenantUserActiveSchema>;
