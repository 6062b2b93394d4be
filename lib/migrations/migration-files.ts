import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export type LocalMigration = {
  name: string;
  sql: string;
  /** sha256 of migration.sql as stored, the same checksum Prisma records. */
  checksum: string;
  /** sha256 with CRLF turned into LF, so a checkout's line endings are not called an edit. */
  normalizedChecksum: string;
};

export const MIGRATION_NAME_PATTERN = /^\d{14}_[a-z0-9_]+$/;

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n/g, "\n");
}

export async function readLocalMigrations(migrationsDir: string): Promise<LocalMigration[]> {
  let entries;
  try {
    entries = await readdir(migrationsDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const migrations: LocalMigration[] = [];
  for (const name of names) {
    let sql: string;
    try {
      sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
    } catch {
      throw new Error(`The migration folder ${name} has no migration.sql. Add it, or remove the folder.`);
    }
    migrations.push({
      name,
      sql,
      checksum: sha256(sql),
      normalizedChecksum: sha256(normalizeLineEndings(sql)),
    });
  }
  return migrations;
}
