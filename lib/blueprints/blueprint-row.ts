import "server-only";
import type { TransactionClient } from "../audit/run-audited";
import { notFound } from "../domain/domain-error";
import type { Prisma } from "../generated/prisma/client";

// How a blueprint looks to the console: money and rating as exact strings, JSON as stored.

export const blueprintSelect = {
  id: true,
  name: true,
  description: true,
  category: true,
  definition: true,
  config: true,
  pricingModel: true,
  price: true,
  currency: true,
  isPublic: true,
  downloads: true,
  rating: true,
  reviewsCount: true,
  publisherId: true,
  createdAt: true,
  updatedAt: true,
  publisher: { select: { id: true, name: true, slug: true } },
  creator: { select: { id: true, name: true, email: true } },
} satisfies Prisma.BlueprintSelect;

type BlueprintRecord = Prisma.BlueprintGetPayload<{ select: typeof blueprintSelect }>;

export function toBlueprintView(record: BlueprintRecord) {
  return { ...record, price: record.price.toFixed(2), rating: record.rating?.toFixed(2) ?? null };
}

export type BlueprintView = ReturnType<typeof toBlueprintView>;

/** Locks the blueprint row until the transaction ends, so concurrent changes queue. */
export async function lockBlueprint(tx: TransactionClient, blueprintId: string): Promise<BlueprintView> {
  await tx.$queryRaw`SELECT 1 FROM blueprints WHERE id = ${blueprintId}::uuid FOR UPDATE`;
  const record = await tx.blueprint.findUnique({ where: { id: blueprintId }, select: blueprintSelect });
  if (!record) throw notFound("This blueprint");
  return toBlueprintView(record);
}
