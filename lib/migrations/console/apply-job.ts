import { randomUUID } from "node:crypto";
import type { AuditActor, RequestContext } from "../../audit/audit-event";
import { describeDatabaseError } from "../../errors/describe-database-error";
import { errorLogLine } from "../../errors/error-log-line";
import { MigrationBlockedError } from "../apply";
import { createMigrationAuditHook } from "../audit-hook";
import { MigrationLockBusyError } from "../lock";
import { fingerprintDatabase } from "../page-data";
import type { ProjectPaths } from "../project-files";
import { ResolveError } from "../resolve";
import { applyMigrations, resolveMigration } from "../service";
import { databaseKey, jobStore, type ApplyJob, type ApplyStep } from "./job-store";

// An apply started from the page runs here, in the background, so the page can show each
// migration as it goes. Every migration writes its own `migration.apply` audit row inside its
// own transaction (apply.ts); a failed one marked "rolled back" first writes `migration.resolve`.

export type ApplyJobOptions = {
  databaseUrl: string;
  paths: ProjectPaths;
  unmanagedTables: string[];
  actor: { id: string; email: string; name: string };
  request: RequestContext;
  migrations: string[];
  resolveFirst: string | null;
  /** How long to wait for another runner's lock before giving up. */
  lockWaitMs?: number;
};

export function runningApplyJob(databaseUrl: string): ApplyJob | null {
  const job = jobStore.apply.get(databaseKey(databaseUrl));
  return job?.state === "running" ? job : null;
}

export function latestApplyJob(databaseUrl: string): ApplyJob | null {
  return jobStore.apply.get(databaseKey(databaseUrl)) ?? null;
}

export function startApplyJob(options: ApplyJobOptions): ApplyJob {
  const job: ApplyJob = {
    id: randomUUID(),
    state: "running",
    startedAt: new Date().toISOString(),
    finishedAt: null,
    startedBy: { name: options.actor.name, email: options.actor.email },
    resolveFirst: options.resolveFirst,
    steps: options.migrations.map((name): ApplyStep => ({ name, state: "waiting", durationMs: null, message: null })),
    waitingForLock: null,
    outcome: null,
    fingerprintAfter: null,
    done: Promise.resolve(),
  };
  job.done = runApply(job, options);
  jobStore.apply.set(databaseKey(options.databaseUrl), job);
  return job;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

async function runApply(job: ApplyJob, options: ApplyJobOptions): Promise<void> {
  const actor: AuditActor = { type: "staff", id: options.actor.id, email: options.actor.email };
  const audit = createMigrationAuditHook({ actor, request: options.request });
  const step = (name: string): ApplyStep => {
    let found = job.steps.find((s) => s.name === name);
    if (!found) {
      found = { name, state: "waiting", durationMs: null, message: null };
      job.steps.push(found);
    }
    return found;
  };
  let ending: { state: "done" | "failed"; outcome: string } = { state: "failed", outcome: "The apply stopped unexpectedly." };
  try {
    if (options.resolveFirst) {
      await resolveMigration({ databaseUrl: options.databaseUrl, paths: options.paths, name: options.resolveFirst, resolution: "rolled_back", audit });
    }
    const result = await applyMigrations({
      databaseUrl: options.databaseUrl,
      paths: options.paths,
      audit,
      lockWaitMs: options.lockWaitMs ?? 30_000,
      onEvent: (event) => {
        if (event.type === "waiting-for-lock") {
          job.waitingForLock = event.holder;
          return;
        }
        job.waitingForLock = null;
        const current = step(event.name);
        if (event.type === "started") current.state = "running";
        else if (event.type === "applied") Object.assign(current, { state: "applied", durationMs: event.durationMs });
        else if (event.type === "skipped") Object.assign(current, { state: "skipped", message: `Skipped: ${event.reason}.` });
        else Object.assign(current, { state: "failed", message: event.message });
      },
    });
    if (result.failed) {
      ending = {
        state: "failed",
        outcome: `Migration ${result.failed.name} failed and was rolled back: nothing of it was applied, and deploys are blocked until it is resolved.${
          result.applied.length > 0 ? ` ${plural(result.applied.length, "migration")} before it ${result.applied.length === 1 ? "was" : "were"} applied.` : ""
        }`,
      };
    } else {
      ending = {
        state: "done",
        outcome: result.applied.length === 0 ? "Nothing was applied: another runner had applied everything first." : `Applied ${plural(result.applied.length, "migration")}.`,
      };
    }
  } catch (error) {
    const problem = describeDatabaseError(error);
    // The runner's own refusals (a failed migration, a lock held too long) are sentences for people.
    const known = error instanceof MigrationBlockedError || error instanceof MigrationLockBusyError || error instanceof ResolveError;
    if (!known) console.error(`[migrations] the apply failed (${problem.code}): ${errorLogLine(error)}`);
    ending = {
      state: "failed",
      outcome: known ? (error as Error).message : problem.code === "unknown" ? "The apply failed unexpectedly. The details are in the server log." : problem.sentence,
    };
    for (const s of job.steps) if (s.state === "running") s.state = "failed";
  } finally {
    job.waitingForLock = null;
    // Everything about the end is set before the state: a poll that sees it finished sees all of it.
    job.fingerprintAfter = await fingerprintDatabase(options).catch(() => null);
    job.outcome = ending.outcome;
    job.finishedAt = new Date().toISOString();
    job.state = ending.state;
  }
}
