import type { MigrationStatus } from "./status";

// Whether the console may apply pending migrations right now, and if not, the sentence that says
// why. Pure, so every rule is tested on its own; the server action and the page both ask it.

export type ApplyGateInput = {
  nodeEnv: "development" | "production" | "test";
  allowInProduction: boolean;
  databaseName: string;
  status: MigrationStatus;
  /** Differences between the live schema and its applied migrations; null when not known. */
  historyDrift: number | null;
  request: {
    /** The migrations the admin saw and confirmed, in order. */
    expectedMigrations: string[];
    acknowledgeFailed: boolean;
    acknowledgeDrift: boolean;
    confirmDatabaseName?: string;
  };
};

export type ApplyRefusal = {
  ok: false;
  status: 400 | 409;
  code: "turned_off" | "confirm_name" | "not_managed" | "failed" | "drift" | "nothing" | "changed" | "not_local";
  sentence: string;
  fieldErrors?: Record<string, string[]>;
};

export type ApplyDecision = { ok: true; resolveFirst: string | null; migrations: string[] } | ApplyRefusal;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** Why the apply button cannot be offered at all here, whatever the admin acknowledges. */
export function applyUnavailableReason(input: Pick<ApplyGateInput, "nodeEnv" | "allowInProduction" | "status">): string | null {
  if (input.nodeEnv === "production" && !input.allowInProduction) {
    return "Applying migrations from the console is turned off in production. Run `npm run db:migrate` as part of the deploy, or set MIGRATIONS_ALLOW_APPLY_IN_PRODUCTION=true to allow it here.";
  }
  if (input.status.summary.code === "not_managed") {
    return "This database is not managed by Prisma yet: applying migrations on top of its tables would fail halfway. Check drift, then baseline it.";
  }
  return null;
}

/** What an apply would run, oldest first: pending and rolled-back migrations, and a failed one once acknowledged. */
export function migrationsToApply(status: MigrationStatus, includeFailed: boolean): string[] {
  return status.migrations
    .filter((m) => m.local && (m.state === "pending" || m.state === "rolled_back" || (includeFailed && m.state === "failed")))
    .map((m) => m.name);
}

export function decideApply(input: ApplyGateInput): ApplyDecision {
  const { status, request } = input;
  const unavailable = applyUnavailableReason(input);
  if (unavailable) return { ok: false, status: 409, code: input.status.summary.code === "not_managed" ? "not_managed" : "turned_off", sentence: unavailable };
  if (input.nodeEnv === "production" && request.confirmDatabaseName?.trim() !== input.databaseName) {
    const sentence = `Type ${input.databaseName}, the name of this database, to confirm.`;
    return { ok: false, status: 400, code: "confirm_name", sentence, fieldErrors: { confirmDatabaseName: [sentence] } };
  }

  const failed = status.migrations.find((m) => m.state === "failed");
  if (failed && !failed.local) {
    return { ok: false, status: 409, code: "not_local", sentence: `Migration ${failed.name} failed and is not in this checkout, so it cannot run again from here. Resolve it first.` };
  }
  if (failed && !request.acknowledgeFailed) {
    return {
      ok: false,
      status: 409,
      code: "failed",
      sentence: `Migration ${failed.name} failed: deploys are blocked until it is resolved. Resolve it, or confirm that it should be marked rolled back and run again.`,
    };
  }
  if ((input.historyDrift ?? 0) > 0 && !request.acknowledgeDrift) {
    return {
      ok: false,
      status: 409,
      code: "drift",
      sentence: `The database has drifted from its applied migrations (${plural(input.historyDrift!, "difference")}). Read the drift report, then confirm that you want to apply anyway.`,
    };
  }

  const migrations = migrationsToApply(status, Boolean(failed));
  if (migrations.length === 0) return { ok: false, status: 409, code: "nothing", sentence: "Nothing to apply: the database is up to date." };
  if (migrations.join(",") !== request.expectedMigrations.join(",")) {
    return {
      ok: false,
      status: 409,
      code: "changed",
      sentence: `The migrations to apply changed since this page loaded: now ${migrations.join(", ")}. Review them and try again.`,
    };
  }
  return { ok: true, resolveFirst: failed?.name ?? null, migrations };
}
