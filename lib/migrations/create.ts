import { mkdir, writeFile, access } from "node:fs/promises";
import path from "node:path";
import { MIGRATION_NAME_PATTERN, readLocalMigrations } from "./migration-files";
import { MIGRATION_LOCK_TOML, readSchemaFiles, type ProjectPaths } from "./project-files";
import { withScratchDatabase } from "./scratch-database";
import { diffDatabaseToSchema, replayMigrations, schemaCreationSql } from "./schema-sql";

export type CreateMigrationResult = { created: false; reason: string } | { created: true; name: string; path: string; sql: string };

function timestamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
}

export function toMigrationSlug(name: string): string {
  return name.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 80);
}

/**
 * Generates the next migration from the Prisma schema: replays the existing migrations into a
 * scratch database, then asks the schema engine for the SQL that takes it to the schema.
 * Never hand-written DDL, and never a change to the real database.
 */
export async function createMigration(options: {
  paths: ProjectPaths;
  /** A PostgreSQL server on which a scratch database may be created. */
  serverUrl: string;
  name: string;
  now?: Date;
}): Promise<CreateMigrationResult> {
  const slug = toMigrationSlug(options.name);
  if (!slug) return { created: false, reason: "Give the migration a name made of letters, digits or underscores, e.g. add_tenant_region." };
  const schemaFiles = await readSchemaFiles(options.paths);
  const existing = await readLocalMigrations(options.paths.migrationsDir);

  const sql = existing.length === 0
    ? await schemaCreationSql(schemaFiles, options.serverUrl)
    : await withScratchDatabase(options.serverUrl, async (scratchUrl) => {
        await replayMigrations(scratchUrl, existing);
        return diffDatabaseToSchema({ databaseUrl: scratchUrl, schemaFiles, rootDir: options.paths.rootDir, script: true });
      });
  if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) {
    return { created: false, reason: "The schema matches the migrations already: there is nothing to put in a new migration." };
  }

  let stamp = timestamp(options.now ?? new Date());
  const last = existing.at(-1)?.name.slice(0, 14);
  // Keep names strictly ordered even when two are made within one second.
  if (last && stamp <= last) stamp = String(BigInt(last) + 1n);
  const name = `${stamp}_${slug}`;
  if (!MIGRATION_NAME_PATTERN.test(name)) throw new Error(`Could not build a valid migration name from "${options.name}".`);
  const dir = path.join(options.paths.migrationsDir, name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql.endsWith("\n") ? sql : `${sql}\n`);
  const lockPath = path.join(options.paths.migrationsDir, "migration_lock.toml");
  await access(lockPath).catch(() => writeFile(lockPath, MIGRATION_LOCK_TOML));
  return { created: true, name, path: dir, sql };
}
