import "server-only";
import type { z } from "zod";
import { fieldErrorsOf } from "../auth/create-staff-action";
import type { StaffSession } from "../auth/current-staff";
import { can, type Permission } from "../auth/permissions";
import type { CallOptions } from "../domain/call-options";
import { StaffError } from "./staff-error";

// lib/staff takes the same call options as every domain module; its refusals are StaffErrors,
// whose codes (last admin, taken email, invite) are its own.
export type StaffCallOptions = CallOptions;

/** Defence in depth: the action already checked, but these functions may be called from anywhere. */
export function assertStaffPermission(actor: StaffSession, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new StaffError("forbidden", "Only admins can see and manage staff accounts.");
  }
}

export function parseStaffInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new StaffError("invalid_input", "Check the highlighted fields and try again.", { fieldErrors: fieldErrorsOf(parsed.error) });
}
