import "server-only";
import type { TransactionClient } from "../audit/run-audited";
import type { Prisma } from "../generated/prisma/client";
import { apiKeyStatus, type ApiKeyStatus } from "./api-key-status";

// How a key looks to the console: never its hash (and the secret is never stored at all).

export type ApiKeyCreator = { kind: "user" | "staff"; id: string; name: string | null; email: string };

export type ApiKeyRow = {
  id: string;
  name: string;
  keyPrefix: string;
  scopes: string[];
  status: ApiKeyStatus;
  expiresAt: Date | null;
  revokedAt: Date | null;
  revokedReason: string | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  createdAt: Date;
  updatedAt: Date;
  tenant: { id: string; name: string; slug: string };
  createdBy: ApiKeyCreator | null;
};

/** The key's own columns, without relations: what an update inside a transaction selects. */
export const apiKeyScalarSelect = {
  id: true,
  name: true,
  keyPrefix: true,
  scopes: true,
  expiresAt: true,
  revokedAt: true,
  revokedReason: true,
  lastUsedAt: true,
  lastUsedIp: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ApiKeySelect;

const tenantSelect = { id: true, name: true, slug: true } satisfies Prisma.TenantSelect;
const personSelect = { id: true, name: true, email: true } as const;

export const apiKeyRowSelect = {
  ...apiKeyScalarSelect,
  tenant: { select: tenantSelect },
  creator: { select: personSelect },
  creatorStaff: { select: personSelect },
} satisfies Prisma.ApiKeySelect;

export type ApiKeyRecord = Prisma.ApiKeyGetPayload<{ select: typeof apiKeyRowSelect }>;

/**
 * Records by id, read one relation at a time (four queries however many keys): inside a
 * transaction Prisma would load sibling relations in parallel on the one connection, which pg
 * deprecates (and pg@9 refuses). Ordered by id; ids that name no key are left out.
 */
export async function readApiKeyRecords(tx: TransactionClient, ids: string[]): Promise<ApiKeyRecord[]> {
  const keys = await tx.apiKey.findMany({
    where: { id: { in: ids } },
    select: { ...apiKeyScalarSelect, tenantId: true, createdBy: true, createdByStaffId: true },
    orderBy: { id: "asc" },
  });
  const tenants = await tx.tenant.findMany({ where: { id: { in: [...new Set(keys.map((key) => key.tenantId))] } }, select: tenantSelect });
  const staffIds = keys.flatMap((key) => (key.createdByStaffId ? [key.createdByStaffId] : []));
  const userIds = keys.flatMap((key) => (key.createdBy ? [key.createdBy] : []));
  const staff = staffIds.length > 0 ? await tx.consoleStaff.findMany({ where: { id: { in: staffIds } }, select: personSelect }) : [];
  const users = userIds.length > 0 ? await tx.user.findMany({ where: { id: { in: userIds } }, select: personSelect }) : [];
  return keys.map(({ tenantId, createdBy, createdByStaffId, ...scalars }) => ({
    ...scalars,
    tenant: tenants.find((tenant) => tenant.id === tenantId)!,
    creatorStaff: staff.find((member) => member.id === createdByStaffId) ?? null,
    creator: users.find((user) => user.id === createdBy) ?? null,
  }));
}

export async function readApiKeyRecord(tx: TransactionClient, keyId: string): Promise<ApiKeyRecord | null> {
  return (await readApiKeyRecords(tx, [keyId]))[0] ?? null;
}

export function toApiKeyRow(record: ApiKeyRecord, now: Date): ApiKeyRow {
  const { tenant, creator, creatorStaff, ...key } = record;
  const createdBy: ApiKeyCreator | null = creatorStaff
    ? { kind: "staff", ...creatorStaff }
    : creator
      ? { kind: "user", ...creator }
      : null;
  return {
    ...key,
    status: apiKeyStatus(key, now),
    tenant,
    createdBy,
  };
}
