import "server-only";
import { env } from "../../env";
import { defaultProjectPaths, type ProjectPaths } from "../project-files";

// What the console's migration work needs from the environment. The page and every action target
// the server's own DATABASE_URL (or POSTGRES_*): nothing a request sends can point it elsewhere.

export type MigrationSettings = {
  databaseUrl: string;
  paths: ProjectPaths;
  unmanagedTables: string[];
  nodeEnv: "development" | "production" | "test";
  allowApplyInProduction: boolean;
};

export function readMigrationSettings(): MigrationSettings {
  const settings = env();
  return {
    databaseUrl: settings.databaseUrl,
    paths: defaultProjectPaths(),
    unmanagedTables: settings.unmanagedTables,
    nodeEnv: settings.nodeEnv,
    allowApplyInProduction: settings.migrations.allowApplyInProduction,
  };
}
