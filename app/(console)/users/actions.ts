"use server";

import { settleAction } from "@/lib/actions/settle-action";
import { staffAction } from "@/lib/auth/staff-action";
import { disableTenantUser } from "@/lib/tenant-users/disable-tenant-user";
import { enableTenantUser } from "@/lib/tenant-users/enable-tenant-user";
import { displayNameOf, type TenantUserRow } from "@/lib/tenant-users/tenant-user-row";
import { setTenantUserActiveSchema } from "@/lib/tenant-users/tenant-user-schemas";

// Thin on purpose: staffAction checks the session, "tenants.manage" and the input; lib/tenant-users
// checks the permission again, locks the row, refuses stale edits and audits.

/** A user shows in the users list and on their tenant's page, whose tenant is known once the row is read. */
const userPaths = (user: TenantUserRow) => ["/users", `/tenants/${user.tenantId}`];

export const disableTenantUserAction = staffAction("tenants.manage", setTenantUserActiveSchema, (input, ctx) =>
  settleAction(
    () => disableTenantUser({ actor: ctx.staff, request: ctx.request, input }),
    (user) => `${displayNameOf(user)} is disabled and cannot sign in until an admin enables them again.`,
    userPaths,
  ),
);

export const enableTenantUserAction = staffAction("tenants.manage", setTenantUserActiveSchema, (input, ctx) =>
  settleAction(
    () => enableTenantUser({ actor: ctx.staff, request: ctx.request, input }),
    (user) => `${displayNameOf(user)} is enabled again.`,
    userPaths,
  ),
);
