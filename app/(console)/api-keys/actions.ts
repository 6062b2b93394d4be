"use server";

import { z } from "zod";
import { settleAction } from "@/lib/actions/settle-action";
import { createApiKeySchema, revokeApiKeySchema, rotateApiKeySchema } from "@/lib/api-keys/api-key-schemas";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { revokeApiKeys, revokeApiKeysSchema } from "@/lib/api-keys/revoke-api-keys";
import { rotateApiKey } from "@/lib/api-keys/rotate-api-key";
import { searchKeyTenants } from "@/lib/api-keys/search-key-tenants";
import { staffAction } from "@/lib/auth/staff-action";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";

// Thin on purpose: staffAction checks the session, the permission and the input; lib/api-keys
// re-checks, does the work and audits it. Results carry a one-time secret, so nothing here logs them.

/** The pages a key's change shows on; the tenant's id comes from the database, never the form. */
function keyPaths(...keys: { id: string; tenant: { id: string } }[]): string[] {
  return ["/api-keys", ...keys.flatMap((key) => [`/api-keys/${key.id}`, `/tenants/${key.tenant.id}`])];
}

export const createApiKeyAction = staffAction("api_keys.manage", createApiKeySchema, async (input, { staff, request }) =>
  settleAction(
    () => createApiKey({ actor: staff, request, input }),
    ({ key, replayed }) =>
      replayed
        ? `${key.keyPrefix} was already created by this form, and its secret was shown only then. If nobody copied it, revoke that key and create a new one.`
        : `${key.keyPrefix} was created for ${key.tenant.name}. Copy the secret now: it is shown only once.`,
    ({ key }) => keyPaths(key),
  ),
);

export const revokeApiKeyAction = staffAction("api_keys.manage", revokeApiKeySchema, async (input, { staff, request }) =>
  settleAction(
    () => revokeApiKey({ actor: staff, request, input }),
    (key) => `${key.keyPrefix} is revoked. Requests with it fail from now on.`,
    (key) => keyPaths(key),
  ),
);

export const rotateApiKeyAction = staffAction("api_keys.manage", rotateApiKeySchema, async (input, { staff, request }) =>
  settleAction(
    () => rotateApiKey({ actor: staff, request, input }),
    ({ key, previous }) =>
      previous.status === "revoked"
        ? `${key.keyPrefix} replaces ${previous.keyPrefix}, which is revoked. Copy the new secret now: it is shown only once.`
        : `${key.keyPrefix} replaces ${previous.keyPrefix}, which keeps working until ${previous.expiresAt ? formatUtcDateTime(previous.expiresAt) : "it expires"}. Copy the new secret now: it is shown only once.`,
    ({ key, previous }) => keyPaths(previous, key),
  ),
);

export const revokeApiKeysAction = staffAction("api_keys.manage", revokeApiKeysSchema, async (input, { staff, request }) =>
  settleAction(
    () => revokeApiKeys({ actor: staff, request, input }),
    (keys) => `${keys.length === 1 ? "1 key is" : `${keys.length} keys are`} revoked. Requests with ${keys.length === 1 ? "it" : "them"} fail from now on.`,
    (keys) => keyPaths(...keys),
  ),
);

const tenantQuerySchema = z.object({ query: z.string({ error: "Type part of a tenant's name or slug." }).max(100, "Use at most 100 characters.") });

/** The create form's tenant picker: up to 20 tenants by name or slug. */
export const searchKeyTenantsAction = staffAction("api_keys.manage", tenantQuerySchema, async (input, { staff }) =>
  searchKeyTenants({ actor: staff, query: input.query }),
);
