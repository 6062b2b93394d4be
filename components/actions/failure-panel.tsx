import type { ReactNode } from "react";
import type { ActionFailure } from "./use-server-action";

/**
 * The server's sentence for a failed action; on a conflict, `describeCurrent` says what the record
 * looks like now (someone else's save), so the person can decide again.
 */
export function FailurePanel({ failure, describeCurrent }: { failure: ActionFailure | null; describeCurrent?: (current: unknown) => ReactNode }) {
  if (!failure) return null;
  const current = failure.current !== undefined && describeCurrent ? describeCurrent(failure.current) : null;
  return (
    <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-[13px] text-red-800 ring-1 ring-red-200 ring-inset">
      <p>{failure.error}</p>
      {current ? <div className="mt-1 text-red-700">{current}</div> : null}
    </div>
  );
}
