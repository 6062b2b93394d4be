"use client";

import { useJobProgress, type DriftProgressView } from "./use-migration-progress";

/** The running drift check's step, updated while it works; the report replaces it when done. */
export function DriftProgress({ initial }: { initial: DriftProgressView }) {
  const drift = useJobProgress("drift", initial.id, initial.state === "running") ?? initial;
  const { step, total, label } = drift.progress;
  const shown = Math.max(step, 1);
  const percent = Math.min(100, Math.round(((shown - 0.5) / Math.max(total, 1)) * 100));
  return (
    <div className="space-y-2 px-5 py-4" role="status" aria-live="polite" aria-label="Drift check">
      <div className="flex items-center justify-between gap-4 text-[13px]">
        <p className="text-zinc-700">
          Checking drift: <span className="font-medium text-zinc-900">{label}</span>
        </p>
        <p className="text-xs text-zinc-500 tabular-nums">
          Step {shown} of {total}
        </p>
      </div>
      <div
        className="h-1.5 overflow-hidden rounded-full bg-zinc-100"
        role="progressbar"
        aria-label="Drift check progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={shown}
      >
        <div className="h-full rounded-full bg-indigo-500 transition-[width] duration-300" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-xs text-zinc-500">It reads the database and builds the expected schema in a scratch database; nothing here is changed.</p>
    </div>
  );
}
