import { z } from "zod";

// What the migrations page's server actions accept, parsed on the server. An empty body is never
// valid, so a stray or forged call stops at validation.

const migrationName = z.string().trim().min(1, "Name a migration.").max(255, "A migration name has at most 255 characters.");

export const startDriftCheckSchema = z.object({
  /** True re-runs a finished check; false only starts one when none holds for the database as it is. */
  rerun: z.boolean(),
});

export const applyMigrationsSchema = z.object({
  expectedMigrations: z.array(migrationName).min(1, "There is nothing to apply.").max(1000),
  acknowledgeFailed: z.boolean(),
  acknowledgeDrift: z.boolean(),
  confirmDatabaseName: z.string().trim().max(200).optional(),
});

export const baselineSchema = z.object({
  migrations: z.array(migrationName).min(1, "There is nothing to mark as applied.").max(1000),
  confirm: z.literal(true, { error: "Confirm that these migrations should be recorded as applied." }),
});

export const resolveMigrationSchema = z.object({
  name: migrationName,
  resolution: z.enum(["rolled_back", "applied"], { error: "Choose rolled back or applied." }),
});

export type ApplyMigrationsInput = z.output<typeof applyMigrationsSchema>;
export type BaselineInput = z.output<typeof baselineSchema>;
export type ResolveMigrationInput = z.output<typeof resolveMigrationSchema>;
