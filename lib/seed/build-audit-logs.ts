import type { Random } from "./random";
import type { AuditLogRow } from "./demo-rows";
import { AuditActors } from "./audit-actors";
import type { AuditContext } from "./audit-context";
import { buildAmbientEvents } from "./audit-ambient-events";
import { buildFactEvents } from "./audit-fact-events";

// The audit log: rows for facts elsewhere in the seed first, then everyday activity up to the
// target. Sorted by time, so the BIGSERIAL ids grow with created_at as in a real append-only log.

export function buildAuditLogs(random: Random, context: AuditContext, activeUntil: Map<string, Date>, target: number): AuditLogRow[] {
  const actors = new AuditActors(random.fork("actors"));
  const facts = buildFactEvents(random.fork("facts"), actors, context).slice(0, target);
  const ambient = buildAmbientEvents(random.fork("ambient"), actors, context, activeUntil, target - facts.length);
  return [...facts, ...ambient].sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
}
