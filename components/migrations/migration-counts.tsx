import { formatCount } from "@/lib/format/format-count";
import type { MigrationState } from "@/lib/migrations/status";

const ALWAYS_SHOWN: Array<[MigrationState, string]> = [
  ["applied", "Applied"],
  ["pending", "Pending"],
  ["failed", "Failed"],
];

// Rare states only take room when they occur.
const SHOWN_WHEN_PRESENT: Array<[MigrationState, string]> = [
  ["rolled_back", "Rolled back"],
  ["edited", "Edited"],
  ["missing_locally", "Not in this checkout"],
];

export function MigrationCounts({ counts }: { counts: Record<MigrationState, number> }) {
  const shown = [...ALWAYS_SHOWN, ...SHOWN_WHEN_PRESENT.filter(([state]) => counts[state] > 0)];
  return (
    <dl className="flex flex-wrap divide-x divide-zinc-100 border-t border-zinc-100">
      {shown.map(([state, label]) => (
        <div key={state} className="min-w-32 px-5 py-3">
          <dt className="text-xs text-zinc-500">{label}</dt>
          <dd className="mt-0.5 text-lg font-semibold text-zinc-900 tabular-nums">{formatCount(counts[state])}</dd>
        </div>
      ))}
    </dl>
  );
}
