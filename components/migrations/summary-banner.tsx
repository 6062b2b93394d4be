import type { ReactNode } from "react";
import type { MigrationStatus } from "@/lib/migrations/status";
import { MigrationSummaryBadge } from "./migration-badges";
import { MigrationCounts } from "./migration-counts";
import { Sentence } from "./sentence";

const LEVEL = {
  ok: { frame: "border-emerald-200 bg-emerald-50/50", text: "text-emerald-900", icon: "✓", iconFrame: "bg-emerald-100 text-emerald-700" },
  warning: { frame: "border-amber-200 bg-amber-50/50", text: "text-amber-900", icon: "!", iconFrame: "bg-amber-100 text-amber-700" },
  error: { frame: "border-red-200 bg-red-50/50", text: "text-red-900", icon: "!", iconFrame: "bg-red-100 text-red-700" },
} as const;

/** The situation in one sentence, the same sentence `npm run db:status` ends with. */
export function SummaryBanner({ status, action, note }: { status: MigrationStatus; action?: ReactNode; note?: ReactNode }) {
  const level = LEVEL[status.summary.level];
  return (
    <section id="summary" aria-labelledby="migrations-summary" className={`scroll-mt-6 rounded-lg border shadow-xs ${level.frame}`}>
      <div className="flex flex-wrap items-start justify-between gap-4 px-5 py-4">
        <div className="flex min-w-0 gap-3">
          <span aria-hidden="true" className={`flex size-8 shrink-0 items-center justify-center rounded-full text-sm font-bold ${level.iconFrame}`}>{level.icon}</span>
          <div className="min-w-0">
            <p id="migrations-summary" role="status" className={`text-sm font-semibold ${level.text}`}>
              <Sentence text={status.summary.sentence} />
            </p>
            <div className="mt-1.5"><MigrationSummaryBadge summary={status.summary} /></div>
            {note ? <div className="mt-2 text-[13px] text-zinc-600">{note}</div> : null}
          </div>
        </div>
        {action ? <div className="flex shrink-0 flex-col items-end gap-1.5">{action}</div> : null}
      </div>
      <div className="rounded-b-lg bg-white">
        <MigrationCounts counts={status.counts} />
      </div>
    </section>
  );
}
