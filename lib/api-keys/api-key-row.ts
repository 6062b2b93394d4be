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
 * The same record, read one relation at a time: inside a transaction Prisma would load sibling
 * relations in parallel on the one connection, which pg deprecates (and pg@9 refuses).
 */
export async function readApiKeyRecord(tx: TransactionClient, keyId: string): Promise<ApiKeyRecord | null> {
  const key = await tx.apiKey.findUnique({
    where: { id: keyId },
    select: { ...apiKeyScalarSelect, tenantId: true, createdBy: true, createdByStaffId: true },
  });
  if (!key) return null;
  const { tenantId, createdBy, createdByStaffId, ...scalars } = key;
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: tenantSelect });
  const creatorStaff = createdByStaffId ? await tx.consoleStaff.findUnique({ where: { id: createdByStaffId }, select: personSelect }) : null;
  const creator = createdBy ? await tx.user.findUnique({ where: { id: createdBy }, select: personSelect }) : null;
  return { ...scalars, tenant, creator, creatorStaff };
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
