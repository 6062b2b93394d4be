import pg from "pg";
import { explainSeedError, SeedError } from "./seed-errors";

// One dedicated connection for a seed run. Seeding is a long, deliberate batch job, so it has no
// statement timeout, but it fails fast when the server does not answer or a lock is held.

export async function connectSeedClient(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: 5_000,
    application_name: "agent-factory-console:seed",
  });
  // Without a listener, a connection dropped by the server would crash the process.
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("SET statement_timeout = 0; SET lock_timeout = '10s'; SET idle_in_transaction_session_timeout = '60s'");
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return client;
}

/** Runs `work` on a fresh connection and turns expected database failures into SeedError. */
export async function withSeedClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  let client: pg.Client | null = null;
  try {
    client = await connectSeedClient(databaseUrl);
    return await work(client);
  } catch (error) {
    const sentence = explainSeedError(error);
    throw sentence && !(error instanceof SeedError) ? new SeedError(sentence, { cause: error }) : error;
  } finally {
    await client?.end().catch(() => undefined);
  }
}
