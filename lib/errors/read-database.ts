import "server-only";
import { describeDatabaseError, type DatabaseProblem } from "./describe-database-error";
import { errorLogLine } from "./error-log-line";

export type DatabaseRead<T> = { ok: true; data: T } | { ok: false; problem: DatabaseProblem };

/**
 * Runs a page's database reads and turns a known database failure into a problem the page
 * renders itself. In production Next.js replaces a server error's message with a digest before it
 * reaches error.tsx, so "the database is not reachable" could not be said from there. Errors that
 * are not recognisable database failures are bugs: they are rethrown for the error boundary.
 */
export async function readDatabase<T>(read: () => Promise<T>): Promise<DatabaseRead<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    const problem = describeDatabaseError(error);
    if (problem.code === "unknown") throw error;
    console.error(`[db] ${problem.code}: ${errorLogLine(error)}`);
    return { ok: false, problem };
  }
}
