// Each streamed export holds a pooled connection until the download ends, so exports are rationed
// per person and per process: however many are started, pages keep connections of their own.
// Counted in this process; with several instances each keeps its own count (see README).

export const EXPORTS_PER_PERSON = 2;

type Counts = { total: number; byStaff: Map<string, number> };
const globalForExports = globalThis as unknown as { afcExportSlots?: Counts };
const counts = (globalForExports.afcExportSlots ??= { total: 0, byStaff: new Map() });

/** At most a third of the pool (at least one connection) goes to exports. */
export function exportLimitFor(poolMax: number): number {
  return Math.max(1, Math.floor(poolMax / 3));
}

export type ExportSlot = { release: () => void } | { refused: string };

export function tryAcquireExportSlot(staffId: string, poolMax: number): ExportSlot {
  const mine = counts.byStaff.get(staffId) ?? 0;
  if (mine >= EXPORTS_PER_PERSON) {
    return { refused: `You already have ${EXPORTS_PER_PERSON} exports downloading. Wait for one to finish, or cancel it, then try again.` };
  }
  if (counts.total >= exportLimitFor(poolMax)) {
    return { refused: "The console is busy with other exports. Try again in a minute." };
  }
  counts.total += 1;
  counts.byStaff.set(staffId, mine + 1);
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      counts.total -= 1;
      const left = (counts.byStaff.get(staffId) ?? 1) - 1;
      if (left <= 0) counts.byStaff.delete(staffId);
      else counts.byStaff.set(staffId, left);
    },
  };
}
