import type { TransactionClient } from "../audit/run-audited";
import type { PrismaClient } from "../generated/prisma/client";

// Sign-in throttling, counted in PostgreSQL so that every instance shares it. Every attempt is a
// row in console_login_attempts, written as a failure before the password is checked and turned
// into a success afterwards: concurrent attempts see each other, so a burst cannot slip past the
// limit. Rows are never deleted by a sign-in.
//
// - Per account: failures for the typed email in the window, since that account's last success
//   (the owner proved the password, so their earlier typos stop counting).
// - Per IP: every failure from the address in the window, whatever the email and whatever
//   succeeded since; a valid account must not unlock guessing at others.
// Refused attempts are failures too, so someone who keeps trying stays locked out.

export type ThrottleSettings = { windowMinutes: number; maxFailuresPerAccount: number; maxFailuresPerIp: number };

export type Lockout = { scope: "account" | "ip"; failures: number; retryAfterMinutes: number };

type Db = PrismaClient | TransactionClient;

/** Records an attempt as failed; `markAttemptSucceeded` turns it into a success. */
export async function recordSignInAttempt(prisma: Db, attempt: { email: string; ipAddress: string | null }): Promise<bigint> {
  const row = await prisma.consoleLoginAttempt.create({
    data: { email: attempt.email.slice(0, 320), ipAddress: attempt.ipAddress, succeeded: false },
    select: { id: true },
  });
  return row.id;
}

export async function markAttemptSucceeded(prisma: Db, attemptId: bigint): Promise<void> {
  await prisma.consoleLoginAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

type WindowCount = { failures: number; minutes: number | null };

// The lock lifts when the limit-th most recent failure leaves the window; with exactly `limit`
// failures that is the oldest one in it.
async function countAccountFailures(prisma: Db, email: string, excludeId: bigint, settings: ThrottleSettings): Promise<WindowCount> {
  const [row] = await prisma.$queryRaw<WindowCount[]>`
    WITH last_success AS (
      SELECT max(created_at) AS at FROM console_login_attempts WHERE email = ${email} AND succeeded
    ), recent AS (
      SELECT a.created_at FROM console_login_attempts a, last_success s
      WHERE a.email = ${email} AND NOT a.succeeded AND a.id <> ${excludeId}
        AND a.created_at > now() - make_interval(mins => ${settings.windowMinutes}::int)
        AND a.created_at > coalesce(s.at, '-infinity')
      ORDER BY a.created_at DESC LIMIT ${settings.maxFailuresPerAccount}::int
    )
    SELECT count(*)::int AS failures,
           ceil(extract(epoch FROM min(created_at) + make_interval(mins => ${settings.windowMinutes}::int) - now()) / 60)::int AS minutes
    FROM recent`;
  return row ?? { failures: 0, minutes: null };
}

async function countIpFailures(prisma: Db, ipAddress: string, excludeId: bigint, settings: ThrottleSettings): Promise<WindowCount> {
  const [row] = await prisma.$queryRaw<WindowCount[]>`
    WITH recent AS (
      SELECT created_at FROM console_login_attempts
      WHERE ip_address = ${ipAddress}::inet AND NOT succeeded AND id <> ${excludeId}
        AND created_at > now() - make_interval(mins => ${settings.windowMinutes}::int)
      ORDER BY created_at DESC LIMIT ${settings.maxFailuresPerIp}::int
    )
    SELECT count(*)::int AS failures,
           ceil(extract(epoch FROM min(created_at) + make_interval(mins => ${settings.windowMinutes}::int) - now()) / 60)::int AS minutes
    FROM recent`;
  return row ?? { failures: 0, minutes: null };
}

/** The lockout that refuses this attempt (the longer one when both apply), or null. */
export async function findLockout(
  prisma: Db,
  attempt: { email: string; ipAddress: string | null; attemptId: bigint },
  settings: ThrottleSettings,
): Promise<Lockout | null> {
  const [account, ip] = await Promise.all([
    countAccountFailures(prisma, attempt.email, attempt.attemptId, settings),
    attempt.ipAddress ? countIpFailures(prisma, attempt.ipAddress, attempt.attemptId, settings) : null,
  ]);
  const lockouts: Lockout[] = [];
  if (account.failures >= settings.maxFailuresPerAccount) {
    lockouts.push({ scope: "account", failures: account.failures, retryAfterMinutes: Math.max(1, account.minutes ?? 1) });
  }
  if (ip && ip.failures >= settings.maxFailuresPerIp) {
    lockouts.push({ scope: "ip", failures: ip.failures, retryAfterMinutes: Math.max(1, ip.minutes ?? 1) });
  }
  return lockouts.sort((a, b) => b.retryAfterMinutes - a.retryAfterMinutes)[0] ?? null;
}
