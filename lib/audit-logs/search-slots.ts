// At most N audit searches in flight per staff member, counted in this process. One console
// instance needs nothing more; with several, each keeps its own count, so one person could run N
// per instance. A shared limit would take a counter all instances see: pg_try_advisory_lock on
// (staff, slot 1…N) held by the search's own connection (released even if the instance dies), or
// a Redis INCR with an expiry.

export const MAX_SEARCHES_IN_FLIGHT = 3;

export const BUSY_SENTENCE = `You already have ${MAX_SEARCHES_IN_FLIGHT} audit searches or exports running. Wait for one to finish, or cancel an export, then try again.`;

const globalForSlots = globalThis as unknown as { afcAuditSearchSlots?: Map<string, number> };
const inFlight = (globalForSlots.afcAuditSearchSlots ??= new Map<string, number>());

/** A release function when a slot is free (call it exactly once), or null when all are taken. */
export function tryAcquireSearchSlot(staffId: string, limit = MAX_SEARCHES_IN_FLIGHT): (() => void) | null {
  const running = inFlight.get(staffId) ?? 0;
  if (running >= limit) return null;
  inFlight.set(staffId, running + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const now = (inFlight.get(staffId) ?? 1) - 1;
    if (now <= 0) inFlight.delete(staffId);
    else inFlight.set(staffId, now);
  };
}

export function searchesInFlight(staffId: string): number {
  return inFlight.get(staffId) ?? 0;
}
