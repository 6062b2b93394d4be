import { Prisma } from "../generated/prisma/client";

/** Two saves of the same unique value at once: the unique index decides, and the loser gets P2002. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
