import type pg from "pg";
import { connectSeedClient } from "../seed-client";
import { progressOf, type ProgressListener } from "../seed-progress";

// Runs chunk statements on `jobs` connections at once (or, for one job, on the caller's own
// connection). Each chunk commits on its own; a failure stops new chunks from starting and is
// rethrown once the running ones have finished.

export type ChunkTask = { table: string; run: (client: pg.ClientBase) => Promise<number> };
export type TableRun = { rows: number; ms: number; rowsPerSecond: number };

type TableState = { done: number; total: number; startedAt: number; remaining: number; finishedAt?: number };

export async function runChunkTasks(options: {
  databaseUrl: string;
  jobs: number;
  tasks: ChunkTask[];
  totals: Record<string, number>;
  setup: (client: pg.ClientBase) => Promise<void>;
  /** Used instead of new connections when jobs is 1 (PGlite, for one, serves a single session). */
  ownClient: pg.ClientBase;
  onProgress?: ProgressListener;
}): Promise<Record<string, TableRun>> {
  const { tasks, totals, onProgress } = options;
  const states = new Map<string, TableState>();
  for (const task of tasks) {
    const state = states.get(task.table) ?? { done: 0, total: totals[task.table] ?? 0, startedAt: 0, remaining: 0 };
    state.remaining++;
    states.set(task.table, state);
  }
  let next = 0;
  let failure: unknown = null;
  const shared = options.jobs <= 1;
  const worker = async () => {
    const client = shared ? options.ownClient : await connectSeedClient(options.databaseUrl);
    try {
      await options.setup(client);
      while (failure === null && next < tasks.length) {
        const task = tasks[next++]!;
        const state = states.get(task.table)!;
        state.startedAt ||= performance.now();
        const rows = await task.run(client);
        state.done += rows;
        state.remaining--;
        const finished = state.remaining === 0;
        if (finished) state.finishedAt = performance.now();
        onProgress?.(progressOf(task.table, state.done, Math.max(state.total, state.done), state.startedAt, finished));
      }
    } catch (error) {
      failure ??= error;
    } finally {
      if (!shared) await (client as pg.Client).end().catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, tasks.length)) }, worker));
  if (failure !== null) throw failure;
  return Object.fromEntries([...states].map(([table, s]) => {
    const ms = Math.max(1, (s.finishedAt ?? performance.now()) - s.startedAt);
    return [table, { rows: s.done, ms, rowsPerSecond: Math.round((s.done * 1000) / ms) }];
  }));
}
