"use server";

import { revalidatePath } from "next/cache";
import { ActionError, staffAction, succeed } from "@/lib/auth/staff-action";
import { changeStaffRole } from "@/lib/staff/change-staff-role";
import { createStaff } from "@/lib/staff/create-staff";
import { disableStaff } from "@/lib/staff/disable-staff";
import { enableStaff } from "@/lib/staff/enable-staff";
import { getInviteOrigin } from "@/lib/staff/get-invite-origin";
import { resetStaffPassword } from "@/lib/staff/reset-staff-password";
import { isStaffError } from "@/lib/staff/staff-error";
import {
  changeStaffRoleSchema,
  createStaffSchema,
  disableStaffSchema,
  enableStaffSchema,
  resetStaffPasswordSchema,
} from "@/lib/staff/staff-schemas";

// Thin on purpose: staffAction checks the session, the permission and the input; lib/staff does
// the work, re-checks the permission and audits; this file only turns the outcome into a result.

async function settle<T>(work: () => Promise<T>, message: (data: T) => string) {
  try {
    const data = await work();
    revalidatePath("/staff");
    return succeed(data, message(data));
  } catch (error) {
    // A refusal from lib/staff reaches the form as is: its status, sentence, field errors and current values.
    if (isStaffError(error)) throw new ActionError(error.status, error.message, error.extra);
    throw error;
  }
}

const roleName = (role: string) => (role === "admin" ? "an admin" : "support");

export const createStaffAccountAction = staffAction("staff.manage", createStaffSchema, async (input, { staff, request }) =>
  settle(
    async () => createStaff({ actor: staff, request, input, origin: await getInviteOrigin() }),
    ({ staff: created, secret }) =>
      secret.kind === "invite"
        ? `${created.name} was invited. Copy the link below now: it is shown only once.`
        : `${created.name}'s account was created. Copy the one-time password below now: it is shown only once.`,
  ),
);

export const changeStaffRoleAction = staffAction("staff.manage", changeStaffRoleSchema, async (input, { staff, request }) =>
  settle(
    () => changeStaffRole({ actor: staff, request, input }),
    (row) => `${row.name} is now ${roleName(row.role)}. The change applies from their next request.`,
  ),
);

export const disableStaffAction = staffAction("staff.manage", disableStaffSchema, async (input, { staff, request }) =>
  settle(
    () => disableStaff({ actor: staff, request, input }),
    (row) => `${row.name}'s account is disabled and their sessions have ended.`,
  ),
);

export const enableStaffAction = staffAction("staff.manage", enableStaffSchema, async (input, { staff, request }) =>
  settle(() => enableStaff({ actor: staff, request, input }), (row) => `${row.name}'s account is enabled again.`),
);

export const resetStaffPasswordAction = staffAction("staff.manage", resetStaffPasswordSchema, async (input, { staff, request }) =>
  settle(
    async () => resetStaffPassword({ actor: staff, request, input, origin: await getInviteOrigin() }),
    ({ staff: row, secret }) =>
      `${row.name}'s password was reset and their sessions have ended. Copy the ${secret.kind === "invite" ? "invite link" : "one-time password"} below now: it is shown only once.`,
  ),
);
