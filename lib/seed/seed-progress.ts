// What seeding reports while it runs: rows written so far for one table, and how fast.

export type SeedProgress = {
  table: string;
  done: number;
  total: number;
  elapsedMs: number;
  rowsPerSecond: number;
  finished: boolean;
};

export type ProgressListener = (progress: SeedProgress) => void;

export function progressOf(table: string, done: number, total: number, startedAt: number, finished = done >= total): SeedProgress {
  const elapsedMs = Math.max(1, performance.now() - startedAt);
  return { table, done, total, elapsedMs, rowsPerSecond: Math.round((done * 1000) / elapsedMs), finished };
}
