import { randomUUID } from "node:crypto";
import { describeDatabaseError } from "../../errors/describe-database-error";
import { errorLogLine } from "../../errors/error-log-line";
import { planBaseline } from "../baseline";
import { checkDrift, DRIFT_STEPS } from "../drift";
import type { ProjectPaths } from "../project-files";
import { databaseKey, jobStore, type DriftJob } from "./job-store";

export type DriftCheckTarget = { databaseUrl: string; paths: ProjectPaths; unmanagedTables: string[] };

const BASELINE_STEP = "Looking for the migrations that produce this schema (baseline)";

/**
 * The drift check for this database: the cached one while its fingerprint still matches, the one
 * already running, or a new one started in the background. `force` re-runs a finished check.
 */
export function ensureDriftCheck(options: DriftCheckTarget & { fingerprint: string; needsBaseline: boolean; force?: boolean }): DriftJob {
  const key = databaseKey(options.databaseUrl);
  const current = jobStore.drift.get(key);
  if (current?.state === "running") return current;
  if (current && !options.force && current.fingerprint === options.fingerprint) return current;

  const total = DRIFT_STEPS.length + (options.needsBaseline ? 1 : 0);
  const job: DriftJob = {
    id: randomUUID(),
    state: "running",
    startedAt: new Date().toISOString(),
    finishedAt: null,
    progress: { step: 0, total, label: "Starting" },
    fingerprint: options.fingerprint,
    report: null,
    baseline: null,
    error: null,
    done: Promise.resolve(),
  };
  job.done = runDriftCheck(job, options, total);
  jobStore.drift.set(key, job);
  return job;
}

async function runDriftCheck(job: DriftJob, options: DriftCheckTarget & { needsBaseline: boolean }, total: number): Promise<void> {
  try {
    const report = await checkDrift({ ...options, onProgress: (progress) => (job.progress = { ...progress, total }) });
    if (options.needsBaseline && !report.managed) {
      job.progress = { step: total, total, label: BASELINE_STEP };
      job.baseline = await planBaseline(options);
    }
    job.report = report;
    job.finishedAt = new Date().toISOString();
    job.state = "done";
  } catch (error) {
    const problem = describeDatabaseError(error);
    console.error(`[migrations] the drift check failed (${problem.code}): ${errorLogLine(error)}`);
    job.error = problem.code === "unknown" ? "The drift check failed unexpectedly. The details are in the server log." : `The drift check failed: ${problem.sentence}`;
    job.finishedAt = new Date().toISOString();
    job.state = "failed";
  }
}

/** A finished report that still describes the database, waiting for a running or new check if needed. */
export async function freshDriftJob(options: DriftCheckTarget & { fingerprint: string; needsBaseline: boolean }): Promise<DriftJob> {
  let job = ensureDriftCheck(options);
  await job.done;
  if (job.fingerprint !== options.fingerprint) {
    job = ensureDriftCheck(options);
    await job.done;
  }
  return job;
}
