"use client";

import { useState } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDuration } from "@/lib/format/format-duration";
import { formatUtcDateTime } from "@/lib/format/format-utc-date-time";
import type { ApplyJobView, ApplyStepState } from "@/lib/migrations/console/job-store";
import { describeLockHolder } from "@/lib/migrations/lock-holder";
import { useJobProgress } from "./use-migration-progress";

const STEP: Record<ApplyStepState, { label: string; tone: BadgeTone }> = {
  waiting: { label: "Waiting", tone: "neutral" },
  running: { label: "Running", tone: "info" },
  applied: { label: "Applied", tone: "success" },
  skipped: { label: "Skipped", tone: "neutral" },
  failed: { label: "Failed, rolled back", tone: "danger" },
};

/** The apply started from this page: each migration as it runs, then how it ended. */
export function ApplyJobPanel({ initial }: { initial: ApplyJobView }) {
  const job = useJobProgress("apply", initial.id, initial.state === "running") ?? initial;
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  const running = job.state === "running";
  const title = running ? "Applying migrations" : job.state === "done" ? "Apply finished" : "Apply stopped";
  return (
    <Card>
      <CardHeader
        title={title}
        description={`Started by ${job.startedBy.name} (${job.startedBy.email}), ${formatUtcDateTime(job.startedAt)}.`}
        action={running ? <Badge tone="info">Running</Badge> : <Button size="sm" onClick={() => setDismissed(true)}>Dismiss</Button>}
      />
      <div className="space-y-3 px-5 py-4" role="status" aria-live="polite" aria-label="Apply progress">
        {job.waitingForLock ? (
          <p className="text-[13px] text-amber-800">Waiting for the migration lock, held by {describeLockHolder(job.waitingForLock)}.</p>
        ) : null}
        {job.resolveFirst ? <p className="text-[13px] text-zinc-600">{job.resolveFirst} was marked rolled back first, so it runs again.</p> : null}
        <ol className="divide-y divide-zinc-100 rounded-md ring-1 ring-zinc-200 ring-inset">
          {job.steps.map((step, index) => (
            <li key={step.name} className="px-3 py-2" data-step={step.state}>
              <div className="flex items-center justify-between gap-3">
                <span className="font-mono text-xs text-zinc-900">
                  <span className="text-zinc-400">{index + 1}. </span>
                  {step.name}
                </span>
                <span className="flex items-center gap-3">
                  {step.durationMs !== null ? <span className="text-xs text-zinc-500 tabular-nums">{formatDuration(step.durationMs)}</span> : null}
                  <Badge tone={STEP[step.state].tone}>{STEP[step.state].label}</Badge>
                </span>
              </div>
              {step.message && step.state === "failed" ? (
                <pre className="mt-2 max-h-48 overflow-auto rounded bg-red-50 px-2.5 py-2 font-mono text-xs whitespace-pre-wrap text-red-900">{step.message}</pre>
              ) : null}
            </li>
          ))}
        </ol>
        {job.outcome ? (
          <p className={`text-[13px] font-medium ${job.state === "done" ? "text-emerald-800" : "text-red-800"}`}>{job.outcome}</p>
        ) : null}
      </div>
    </Card>
  );
}
