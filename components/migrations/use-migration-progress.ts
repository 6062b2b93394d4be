"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ApplyJobView, DriftJobView } from "@/lib/migrations/console/job-store";

export type DriftProgressView = Pick<DriftJobView, "id" | "state" | "progress" | "startedAt" | "finishedAt">;
export type MigrationProgress = { drift: DriftProgressView | null; apply: ApplyJobView | null };

const POLL_MS = 500;

/**
 * Polls GET /migrations/progress while the job `jobId` of this kind runs, and renders the page
 * again on the server once it has finished, so the result comes from the same code as the first
 * render. Returns the job's latest snapshot (null until the first answer).
 */
export function useJobProgress<K extends keyof MigrationProgress>(kind: K, jobId: string, running: boolean): MigrationProgress[K] | null {
  const router = useRouter();
  const [latest, setLatest] = useState<MigrationProgress[K] | null>(null);

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch("/migrations/progress", { cache: "no-store", headers: { Accept: "application/json" } });
        if (response.ok) {
          const job = ((await response.json()) as MigrationProgress)[kind];
          if (stopped) return;
          if (job?.id === jobId) setLatest(job);
          // Finished, or replaced by another job (another tab, another person): show the result.
          if (!job || job.id !== jobId || job.state !== "running") {
            router.refresh();
            return;
          }
        }
      } catch {
        // A dropped poll is retried; the page says nothing until the job's end is known.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [kind, jobId, running, router]);

  return latest;
}
