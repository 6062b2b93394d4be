import { createHash } from "node:crypto";
import type { BaselinePlan } from "../baseline";
import type { DriftProgress, DriftReport } from "../drift";
import type { LockHolder } from "../lock";

// Background work the page polls: the drift check and an apply, at most one of each per database,
// kept in this server process. Several instances each keep their own; the advisory lock still
// keeps two applies apart, and a page that polls another instance simply starts its own check.

export type DriftJob = {
  id: string;
  state: "running" | "done" | "failed";
  startedAt: string;
  finishedAt: string | null;
  progress: DriftProgress;
  /** The database's fingerprint when the check started; the result holds while it still matches. */
  fingerprint: string;
  report: DriftReport | null;
  /** Computed when the database is not managed by Prisma yet. */
  baseline: BaselinePlan | null;
  error: string | null;
  done: Promise<void>;
};

export type ApplyStepState = "waiting" | "running" | "applied" | "failed" | "skipped";
export type ApplyStep = { name: string; state: ApplyStepState; durationMs: number | null; message: string | null };

export type ApplyJob = {
  id: string;
  state: "running" | "done" | "failed";
  startedAt: string;
  finishedAt: string | null;
  startedBy: { name: string; email: string };
  /** A failed migration the admin chose to mark rolled back and run again first. */
  resolveFirst: string | null;
  steps: ApplyStep[];
  waitingForLock: LockHolder | null;
  /** One sentence on how it ended; null while running. */
  outcome: string | null;
  /** The database's fingerprint once it ended: its result is shown while the database still matches. */
  fingerprintAfter: string | null;
  done: Promise<void>;
};

type JobStore = { drift: Map<string, DriftJob>; apply: Map<string, ApplyJob> };

// On globalThis: Next.js may load this module more than once in one process (one copy per route
// bundle), and every copy must see the same jobs.
const STORE_KEY = Symbol.for("agent-factory-console.migration-jobs");
const holder = globalThis as typeof globalThis & { [STORE_KEY]?: JobStore };
export const jobStore: JobStore = (holder[STORE_KEY] ??= { drift: new Map(), apply: new Map() });

/** Jobs are kept per database; the key never contains the URL or its password. */
export function databaseKey(databaseUrl: string): string {
  return createHash("sha256").update(databaseUrl).digest("hex").slice(0, 24);
}

export type DriftJobView = Omit<DriftJob, "done">;
export type ApplyJobView = Omit<ApplyJob, "done">;

export function viewDriftJob(job: DriftJob | undefined): DriftJobView | null {
  if (!job) return null;
  const { done: _done, ...view } = job;
  return structuredClone(view);
}

export function viewApplyJob(job: ApplyJob | undefined): ApplyJobView | null {
  if (!job) return null;
  const { done: _done, ...view } = job;
  return structuredClone(view);
}
