import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

// @prisma/adapter-pg 7.10 needs three fixes before the schema engine can migrate with it.
// Each fix below names the defect it works around.

const CHAR_OID = 18;
const TEXT_OID = 25;

// Defect 1: a result column of PostgreSQL's internal "char" type (pg_constraint.contype and
// friends, read during introspection) fails with "Column type 'char' could not be deserialized".
class IntrospectionSafePool extends pg.Pool {
  // pg's query() has callback overloads we never use; the adapter only uses the promise form.
  override query(...args: unknown[]): never {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result && typeof (result as Promise<unknown>).then === "function") {
      return (result as Promise<pg.QueryResult>).then((res) => {
        for (const field of res.fields ?? []) {
          if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
        }
        return res;
      }) as never;
    }
    return result as never;
  }
}

export function migrationPoolConfig(databaseUrl: string): pg.PoolConfig {
  return {
    connectionString: databaseUrl,
    // PGlite is one session behind a multiplexer; one connection keeps the engine's work ordered.
    max: 1,
    connectionTimeoutMillis: 5_000,
    application_name: "agent-factory-console:migrations",
  };
}

export class MigrationAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  private readonly pools: pg.Pool[] = [];

  constructor(private readonly databaseUrl: string) {}

  async connect() {
    const pool = new IntrospectionSafePool(migrationPoolConfig(this.databaseUrl));
    pool.on("error", () => {
      // An idle connection dropped by the server is replaced on next use; nothing to do here.
    });
    this.pools.push(pool);
    const adapter = await new PrismaPg(pool).connect();
    // Defect 2: executeScript splits on ";" and runs the pieces one by one on a pool, which is not
    // atomic and breaks plpgsql bodies and string literals. Run the script whole, on one
    // connection, in one transaction.
    adapter.executeScript = async (script: string) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query(script);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    };
    return adapter;
  }

  // Defect 3: connectToShadowDb lets the URL's database win over the shadow's name, so the
  // "shadow" is the main database, and it drops the shadow before closing its pool. The console
  // never asks the engine for a shadow: lib/migrations builds its own scratch databases.
  async connectToShadowDb(): Promise<never> {
    throw new Error("The console prepares shadow databases itself; the engine must not ask for one.");
  }

  async dispose() {
    await Promise.all(this.pools.splice(0).map((pool) => pool.end().catch(() => undefined)));
  }
}
