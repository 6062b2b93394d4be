import type { Prisma, PrismaClient } from "../generated/prisma/client";

// Blueprints for the lib/blueprints integration tests.

export function insertBlueprint(prisma: PrismaClient, data: Partial<Prisma.BlueprintUncheckedCreateInput> = {}) {
  return prisma.blueprint.create({ data: { name: "Support triage", category: "support", ...data } });
}
