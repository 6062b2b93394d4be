import "server-only";
import type { TransactionClient } from "../audit/run-audited";
import { notFound } from "../domain/domain-error";
import type { Prisma } from "../generated/prisma/client";

// How a tenant's user looks to the console: never the password hash.

export const tenantUserSelect = {
  id: true,
  tenantId: true,
  email: true,
  name: true,
  role: true,
  isActive: true,
  lastLoginAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.UserSelect;

export type TenantUserRow = Prisma.UserGetPayload<{ select: typeof tenantUserSelect }>;

/** Locks the user row until the transaction ends, so concurrent toggles queue. */
export async function lockTenantUser(tx: TransactionClient, userId: string): Promise<TenantUserRow> {
  await tx.$queryRaw`SELECT 1 FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
  const user = await tx.user.findUnique({ where: { id: userId }, select: tenantUserSelect });
  if (!user) throw notFound("This user");
  return user;
}

export function displayNameOf(user: Pick<TenantUserRow, "name" | "email">): string {
  return user.name?.trim() || user.email;
}
