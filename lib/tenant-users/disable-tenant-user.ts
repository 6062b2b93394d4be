import "server-only";
import type { CallOptions } from "../domain/call-options";
import type { TenantUserRow } from "./tenant-user-row";
import type { SetTenantUserActiveInput } from "./tenant-user-schemas";
import { setTenantUserActive } from "./set-tenant-user-active";

/** Turns off a tenant user's account (users.is_active). */
export async function disableTenantUser(options: CallOptions & { input: SetTenantUserActiveInput }): Promise<TenantUserRow> {
  return setTenantUserActive(options, false);
}
