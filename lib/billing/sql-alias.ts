import "server-only";
import { Prisma } from "../generated/prisma/client";

const ALIAS = /^[a-z_][a-z0-9_]*$/;

/** A table alias, checked so that it can be spliced into SQL as is (it is never user input). */
export function sqlAlias(alias: string): Prisma.Sql {
  if (!ALIAS.test(alias)) throw new Error(`"${alias}" is not a valid SQL alias.`);
  return Prisma.raw(alias);
}
