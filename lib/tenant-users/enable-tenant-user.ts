import "server-only";
import type { CallOptions } from "../domain/call-options";
import type { TenantUserRow } from "./tenant-user-row";
import type { SetTenantUserActiveInput } from "./tenant-user-schemas";
import { setTenantUserActive } from "./set-tenant-user-active";

/** Turns a disabled tenant user's account back on (users.is_active). */
export async function enableTenantUser(options: CallOptions & { input: SetTenantUserActiveInput }): Promise<TenantUserRow> {
  return setTenantUserActive(options, true);
}
