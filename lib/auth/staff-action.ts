import "server-only";
import { forbidden, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getPrisma } from "../db";
import {
  createStaffAction,
  type ActionResult,
  type StaffActionDependencies,
  type StaffActionHandler,
} from "./create-staff-action";
import { getCurrentStaff } from "./current-staff";
import { can, type Permission } from "./permissions";
import { recordDenial } from "./record-denial";
import { getRequestContext, getRequestPath } from "./request-context";

export { ActionError, succeed, type ActionResult, type StaffActionContext } from "./create-staff-action";

const nextDependencies: StaffActionDependencies = {
  getStaff: getCurrentStaff,
  getRequest: getRequestContext,
  can,
  recordDenial: async (staff, permission) =>
    recordDenial(getPrisma(), { staff, permission, path: await getRequestPath(), request: await getRequestContext() }),
  // forbidden() makes the HTTP response itself a 403, so a direct POST is refused for real.
  forbid: forbidden,
  rethrowFrameworkError: unstable_rethrow,
  logError: (message, error) => console.error(message, error),
};

/**
 * Wraps a server action: the session (401 result), then `can(role, permission)` (a real HTTP 403
 * via forbidden(), audited as `auth.denied`, nothing else written), then `schema` parsed on the
 * server (400 with fieldErrors), then `handler`, which returns its data (or `succeed(data, message)`).
 * Throw ActionError for an expected failure; Prisma's not-found becomes 404, anything else a
 * logged 500 with a generic sentence, never the raw message.
 *
 *   "use server";
 *   export const changeRole = staffAction("staff.manage", changeRoleSchema, async (input, { staff, request }) =>
 *     succeed(await changeStaffRole({ actor: staff, request, input }), "The role was changed."));
 */
export function staffAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  handler: StaffActionHandler<z.output<S>, T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return createStaffAction(nextDependencies, permission, schema, handler);
}
