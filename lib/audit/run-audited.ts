import type { PrismaClient } from "../generated/prisma/client";
import { toAuditRow, type AuditActor, type AuditEvent, type RequestContext } from "./audit-event";

export type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export class MissingAuditError extends Error {
  override name = "MissingAuditError";
}

/**
 * The one way the console changes data: `work` runs in a transaction and must `record` what it
 * changed; the audit rows are inserted in that same transaction before it commits. A change that
 * records nothing is rolled back, so no action can forget its audit row.
 */
export async function runAudited<T>(
  prisma: PrismaClient,
  context: { actor: AuditActor; request: RequestContext },
  work: (tx: TransactionClient, record: (event: AuditEvent) => void) => Promise<T>,
): Promise<T> {
  return prisma.$transaction(async (tx) => {
    const events: AuditEvent[] = [];
    const result = await work(tx, (event) => events.push(event));
    if (events.length === 0) {
      throw new MissingAuditError("This change recorded no audit event, so it was not saved.");
    }
    for (const event of events) {
      const row = toAuditRow(event, context.actor, context.request);
      await tx.auditLog.create({ data: { ...row, details: row.details as object } });
    }
    return result;
  });
}

/** For events that change nothing else: sign-in outcomes, denials, exports. */
export async function writeAuditEvent(
  prisma: PrismaClient | TransactionClient,
  context: { actor: AuditActor; request: RequestContext },
  event: AuditEvent,
): Promise<void> {
  const row = toAuditRow(event, context.actor, context.request);
  await prisma.auditLog.create({ data: { ...row, details: row.details as object } });
}
