import pg from "pg";
import { withSchemaEngine, type SchemaFile } from "./engine";
import type { LocalMigration } from "./migration-files";

const noFilters = (externalTables: string[] = []) => ({ externalTables, externalEnums: [] });

/** The DDL that creates the Prisma schema in an empty database. Needs no database. */
export async function schemaCreationSql(schemaFiles: SchemaFile[], anyDatabaseUrl: string): Promise<string> {
  const result = await withSchemaEngine({ databaseUrl: anyDatabaseUrl, schemaFiles }, (engine) =>
    engine.diff({ from: { tag: "empty" }, to: { tag: "schemaDatamodel", files: schemaFiles }, script: true, exitCode: null, filters: noFilters() }),
  );
  return result.stdout ?? "";
}

/**
 * What the schema engine would run to bring `databaseUrl` to the Prisma schema: SQL when
 * `script` is true, otherwise its short summary. Tables in `externalTables` are left alone.
 */
export async function diffDatabaseToSchema(options: {
  databaseUrl: string;
  schemaFiles: SchemaFile[];
  rootDir: string;
  script: boolean;
  externalTables?: string[];
}): Promise<string> {
  const result = await withSchemaEngine({ databaseUrl: options.databaseUrl, schemaFiles: options.schemaFiles }, (engine) =>
    engine.diff({
      from: { tag: "schemaDatasource", files: options.schemaFiles, configDir: options.rootDir },
      to: { tag: "schemaDatamodel", files: options.schemaFiles },
      script: options.script,
      exitCode: null,
      filters: noFilters(options.externalTables?.map((table) => (table.includes(".") ? table : `public.${table}`))),
    }),
  );
  return (result.stdout ?? "").trim();
}

/** Replays migrations into a scratch database, each whole, as `db:migrate` would. */
export async function replayMigrations(databaseUrl: string, migrations: LocalMigration[]): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const migration of migrations) {
      try {
        await client.query(`BEGIN; ${migration.sql}\n; COMMIT;`);
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw new Error(`Migration ${migration.name} does not apply to an empty database: ${(error as Error).message}`);
      }
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
