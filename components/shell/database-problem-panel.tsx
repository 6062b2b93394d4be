import type { DatabaseProblem } from "@/lib/errors/describe-database-error";
import { AlertIcon } from "./alert-icon";
import { RetryButton } from "./retry-button";

// Shown in place of a page's data when the database fails: never an empty table that looks real.
export function DatabaseProblemPanel({ problem }: { problem: DatabaseProblem }) {
  return (
    <section role="alert" aria-labelledby="database-problem-title" className="flex gap-4 rounded-lg border border-red-200 bg-red-50/60 p-5">
      <span className="flex size-9 shrink-0 items-center justify-center rounded-full bg-red-100 text-red-600">
        <AlertIcon />
      </span>
      <div className="min-w-0">
        <h2 id="database-problem-title" className="text-sm font-semibold text-red-900">This page could not read the database</h2>
        <p className="mt-1 text-sm text-red-800">{problem.sentence}</p>
        <div className="mt-4">
          <RetryButton />
        </div>
      </div>
    </section>
  );
}
