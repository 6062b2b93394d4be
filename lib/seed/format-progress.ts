import { formatCount } from "../format/format-count";
import type { SeedProgress } from "./seed-progress";

// One line per table for the CLI, e.g. "audit_logs     3,000,000 / 10,000,000  (812,000 rows/s)".

export function formatProgressLine(progress: SeedProgress): string {
  const counts = progress.finished ? formatCount(progress.done) : `${formatCount(progress.done)} / ${formatCount(progress.total)}`;
  return `${progress.table.padEnd(14)} ${counts}  (${formatCount(progress.rowsPerSecond)} rows/s)`;
}

/** Parses counts written like 10000, 10_000, 10,000, 250k or 10m. */
export function parseCount(text: string): number | null {
  const match = /^(\d+(?:[.]\d+)?)([km])?$/i.exec(text.trim().replace(/[_,]/g, ""));
  if (!match) return null;
  const scale = match[2]?.toLowerCase() === "m" ? 1_000_000 : match[2]?.toLowerCase() === "k" ? 1_000 : 1;
  const value = Number(match[1]) * scale;
  return Number.isSafeInteger(value) ? value : null;
}
