import "server-only";
import { checkDatabase, type DatabaseCheck } from "./check-database";
import { checkMigrations } from "./check-migrations";

export type HealthReport = {
  status: "ok" | "degraded" | "down";
  database: DatabaseCheck;
  migrations: { pending: number | null; failed: number | null; summary: string };
  checkedAt: string;
};

const DATABASE_TIMEOUT_MS = 2_000;
const MIGRATIONS_TIMEOUT_MS = 3_000;

/** "ok": the database answers and its schema is current; "degraded": it answers but migrations need attention; "down": it does not answer. */
export async function getHealthReport(): Promise<HealthReport> {
  const checkedAt = new Date().toISOString();
  const database = await checkDatabase({ timeoutMs: DATABASE_TIMEOUT_MS });
  if (!database.reachable) {
    return {
      status: "down",
      database,
      migrations: { pending: null, failed: null, summary: "Unknown: the database is not reachable." },
      checkedAt,
    };
  }
  const { clean, ...migrations } = await checkMigrations({ timeoutMs: MIGRATIONS_TIMEOUT_MS });
  return { status: clean ? "ok" : "degraded", database, migrations, checkedAt };
}
