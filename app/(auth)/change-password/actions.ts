"use server";

import { ActionError, staffAction, succeed } from "@/lib/auth/staff-action";
import { changeOwnPassword } from "@/lib/staff/change-own-password";
import { isStaffError } from "@/lib/staff/staff-error";
import { changeOwnPasswordSchema } from "@/lib/staff/staff-schemas";

export const changeOwnPasswordAction = staffAction("console.view", changeOwnPasswordSchema, async (input, { staff, request }) => {
  try {
    return succeed(await changeOwnPassword({ actor: staff, request, input }), "Your new password is set.");
  } catch (error) {
    if (isStaffError(error)) throw new ActionError(error.status, error.message, error.extra);
    throw error;
  }
});
