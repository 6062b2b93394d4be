import "server-only";
import { revalidatePath } from "next/cache";
import { ActionError, succeed } from "../auth/staff-action";
import { isDomainError } from "../domain/domain-error";

/**
 * The common tail of a server action: run the lib/ call, revalidate the pages it changed, and
 * confirm with a sentence. `paths` may be worked out from the result, for pages (a tenant, a plan)
 * known only once the row is read. A DomainError reaches the form as is (status, sentence, field
 * errors, current values); anything else goes to staffAction's generic handling.
 *
 *   export const suspendTenantAction = staffAction("tenants.manage", suspendTenantSchema, (input, ctx) =>
 *     settleAction(() => suspendTenant({ actor: ctx.staff, request: ctx.request, input }),
 *       (tenant) => `${tenant.name} is suspended.`, ["/tenants", `/tenants/${input.tenantId}`]));
 */
export async function settleAction<T>(work: () => Promise<T>, message: (data: T) => string, paths: string[] | ((data: T) => string[])) {
  const data = await settleRead(work);
  for (const path of typeof paths === "function" ? paths(data) : paths) revalidatePath(path);
  return succeed(data, message(data));
}

/** For an action that only reads: its data, or its DomainError as the form's failure. */
export async function settleRead<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error)) throw new ActionError(error.status, error.message, error.extra);
    throw error;
  }
}
