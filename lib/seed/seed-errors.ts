import { describeDatabaseError } from "../errors/describe-database-error";

// Expected failures become one plain sentence (SeedError); anything else stays a real error.
// Connection problems use the console's shared sentences; the seed adds its own few.

export class SeedError extends Error {
  override name = "SeedError";
}

const SEED_SENTENCES: Record<string, string> = {
  "42P01": "The database has no tables yet: run `npm run db:migrate` first.",
  "42704": "The database schema is older than the seed (a type it needs is missing): run `npm run db:migrate` first.",
  "42703": "The database schema is older than the seed (a column it needs is missing): run `npm run db:migrate` first.",
  "55P03": "Another session holds a lock on the console's tables (is the console or a test running?); stop it and try again.",
};

/** A sentence for errors people can fix themselves, or null for bugs. */
export function explainSeedError(error: unknown): string | null {
  if (error instanceof SeedError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && SEED_SENTENCES[code]) return SEED_SENTENCES[code];
  const problem = describeDatabaseError(error);
  return problem.code === "unknown" ? null : problem.sentence;
}
