"use server";

import type { ActionResult } from "@/lib/auth/staff-action";
import { getRequestContext } from "@/lib/auth/request-context";
import { errorLogLine } from "@/lib/errors/error-log-line";
import { acceptInvite, type AcceptInviteResult } from "@/lib/staff/accept-invite";
import { parseStaffInput } from "@/lib/staff/staff-context";
import { isStaffError } from "@/lib/staff/staff-error";
import { acceptInviteSchema } from "@/lib/staff/staff-schemas";

/** Public on purpose: whoever holds a valid invite token may set that account's password, once. */
export async function acceptInviteAction(input: unknown): Promise<ActionResult<AcceptInviteResult>> {
  try {
    const parsed = parseStaffInput(acceptInviteSchema, input);
    const result = await acceptInvite({ input: parsed, request: await getRequestContext() });
    return { ok: true, data: result, message: "Your password is set. You can sign in now." };
  } catch (error) {
    if (isStaffError(error)) return error.toFailure();
    console.error(`[invite] accepting an invite failed: ${errorLogLine(error)}`);
    return { ok: false, status: 500, error: "Something went wrong on our side. Try again in a moment." };
  }
}
