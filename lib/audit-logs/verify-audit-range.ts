import "server-only";
import type pg from "pg";
import { writeAuditEvent } from "../audit/run-audited";
import type { RequestContext } from "../audit/audit-event";
import type { StaffSession } from "../auth/current-staff";
import { verifyAuditChain, type ChainCheck } from "../audit/verify-audit-chain";
import { auditActorOf, assertPermission, resolvePrisma } from "../domain/call-options";
import { DomainError } from "../domain/domain-error";
import type { PrismaClient } from "../generated/prisma/client";
import { isStatementTimeout } from "./query/search-audit-logs";
import { withAuditSearchClient } from "./search-pool";

// "Verify integrity" for a chosen time range: the hash-chain check of the sign-in issue, read-only
// under a longer timeout than searches (it recomputes a SHA-256 per row), and written to the audit
// trail with its outcome, whatever that is.

export const VERIFY_TIMEOUT_MS = 120_000;
export const MAX_VERIFY_DAYS = 366;

export type VerifyOutcome = ChainCheck & { durationMs: number };

export async function verifyAuditRange(options: {
  actor: StaffSession;
  request: RequestContext;
  from: Date;
  to: Date;
  prisma?: PrismaClient;
  /** A connection to check on (tests); otherwise one from the audit search pool. */
  client?: pg.ClientBase;
}): Promise<VerifyOutcome> {
  assertPermission(options.actor, "audit.verify");
  const { from, to } = options;
  if (!(from < to)) throw new DomainError("invalid_input", "The range must end after it starts.", { fieldErrors: { to: ["Pick an end after the start."] } });
  if (to.getTime() - from.getTime() > MAX_VERIFY_DAYS * 86_400_000) {
    throw new DomainError("invalid_input", `Verify at most ${MAX_VERIFY_DAYS} days at a time.`, { fieldErrors: { from: [`Pick a range of at most ${MAX_VERIFY_DAYS} days.`] } });
  }
  const startedAt = Date.now();
  let check: ChainCheck;
  try {
    const onClient = options.client ? <T,>(work: (client: pg.ClientBase) => Promise<T>) => work(options.client!) : withAuditSearchClient;
    check = await onClient(async (client) => {
      await client.query("BEGIN READ ONLY");
      try {
        await client.query("SELECT set_config('statement_timeout', $1, true)", [String(VERIFY_TIMEOUT_MS)]);
        const result = await verifyAuditChain(client, { from, to });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    });
  } catch (error) {
    if (isStatementTimeout(error)) {
      throw new DomainError("invalid_input", `Checking this range took longer than ${VERIFY_TIMEOUT_MS / 1000} s: verify a shorter range, or run npm run audit:verify on the server.`);
    }
    throw error;
  }
  const outcome = { ...check, durationMs: Date.now() - startedAt };
  await writeAuditEvent(resolvePrisma(options), { actor: auditActorOf(options.actor), request: options.request }, {
    action: "audit.verify",
    resourceType: "audit_log",
    resourceId: check.firstBroken?.id ?? null,
    details: { from: check.from, to: check.to, checkedRows: check.checkedRows, intact: check.firstBroken === null, firstBroken: check.firstBroken, durationMs: outcome.durationMs },
  });
  return outcome;
}
