"use server";

import { z } from "zod";
import { settleAction, settleRead } from "@/lib/actions/settle-action";
import { staffAction } from "@/lib/auth/staff-action";
import { createTenant } from "@/lib/tenants/create-tenant";
import { previewSuspension } from "@/lib/tenants/preview-suspension";
import { reactivateTenant } from "@/lib/tenants/reactivate-tenant";
import { suspendTenant } from "@/lib/tenants/suspend-tenant";
import { suspendTenants, suspendTenantsSchema } from "@/lib/tenants/suspend-tenants";
import { createTenantSchema, reactivateTenantSchema, suspendTenantSchema, updateTenantSchema } from "@/lib/tenants/tenant-schemas";
import { updateTenant } from "@/lib/tenants/update-tenant";

// Thin on purpose: staffAction checks the session, the permission and the input; lib/tenants
// re-checks, does the work and audits it; settleAction revalidates and says what happened.

const pathsOf = (tenantId: string) => ["/tenants", `/tenants/${tenantId}`];

export const createTenantAction = staffAction("tenants.manage", createTenantSchema, async (input, { staff, request }) =>
  settleAction(() => createTenant({ actor: staff, request, input }), (tenant) => `${tenant.name} was created.`, ["/tenants"]),
);

export const updateTenantAction = staffAction("tenants.manage", updateTenantSchema, async (input, { staff, request }) =>
  settleAction(() => updateTenant({ actor: staff, request, input }), (tenant) => `${tenant.name} was saved.`, pathsOf(input.tenantId)),
);

export const suspendTenantAction = staffAction("tenants.manage", suspendTenantSchema, async (input, { staff, request }) =>
  settleAction(
    () => suspendTenant({ actor: staff, request, input }),
    (tenant) => `${tenant.name} is suspended. Its users and API keys are refused until it is reactivated.`,
    pathsOf(input.tenantId),
  ),
);

export const reactivateTenantAction = staffAction("tenants.manage", reactivateTenantSchema, async (input, { staff, request }) =>
  settleAction(
    () => reactivateTenant({ actor: staff, request, input }),
    (tenant) => `${tenant.name} is ${tenant.status} again.`,
    pathsOf(input.tenantId),
  ),
);

export const suspendTenantsAction = staffAction("tenants.manage", suspendTenantsSchema, async (input, { staff, request }) =>
  settleAction(
    () => suspendTenants({ actor: staff, request, input }),
    (tenants) => `${tenants.length === 1 ? "1 tenant is" : `${tenants.length} tenants are`} suspended.`,
    ["/tenants", ...input.tenants.map((tenant) => `/tenants/${tenant.tenantId}`)],
  ),
);

const previewSchema = z.object({ tenantId: z.string({ error: "This tenant does not exist." }).max(100) });

/** What a suspension would affect, for the dialog; a read, so support may ask too. */
export const previewSuspensionAction = staffAction("tenants.view", previewSchema, async (input, { staff }) =>
  settleRead(() => previewSuspension({ actor: staff, tenantId: input.tenantId })),
);
