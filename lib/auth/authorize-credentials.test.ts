import { describe, expect, it } from "vitest";
import { queryRows, queryValue } from "../testing/sql";
import { auditRows, insertFailures, insertStaff, TEST_PASSWORD, THROTTLE, useAuthDatabase } from "./auth-test-kit";
import { authorizeCredentials } from "./authorize-credentials";
import { tooManyAttemptsSentence } from "./sign-in-errors";

const db = useAuthDatabase();

let nextIp = 10;
/** A fresh address per test, so the per-IP counter of one test never reaches another. */
const freshIp = () => `198.51.100.${nextIp++}`;

function authorize(input: unknown, ipAddress: string) {
  return authorizeCredentials({ prisma: db.prisma, input, request: { ipAddress, userAgent: "vitest" }, throttle: THROTTLE });
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

describe("authorizeCredentials", () => {
  it("signs in with the right password: records the attempt, sets last_login_at, audits auth.sign_in", async () => {
    const staff = await insertStaff(db.prisma, { role: "admin" });
    const ip = freshIp();
    const outcome = await authorize({ email: `  ${staff.email.toUpperCase()} `, password: TEST_PASSWORD }, ip);

    expect(outcome).toEqual({ ok: true, staff: { id: staff.id, email: staff.email, name: staff.name, role: "admin", sessionVersion: 1 } });
    const attempts = await queryRows<{ succeeded: boolean; ip: string }>(db.url, "SELECT succeeded, host(ip_address) AS ip FROM console_login_attempts WHERE email = $1", [staff.email]);
    expect(attempts).toEqual([{ succeeded: true, ip }]);
    expect(await queryValue<boolean>(db.url, "SELECT last_login_at > now() - interval '1 minute' AS value FROM console_staff WHERE id = $1", [staff.id])).toBe(true);
    expect(await auditRows(db.url, "resource_id = $1", [staff.id])).toEqual([
      { action: "auth.sign_in", actor_type: "staff", actor_id: staff.id, actor_email: staff.email, resource_id: staff.id, details: {}, ip },
    ]);
  });

  it("answers a wrong password, an unknown, a disabled and an invited account alike, at the same cost", async () => {
    const active = await insertStaff(db.prisma);
    const disabled = await insertStaff(db.prisma, { disabled: true });
    const invited = await insertStaff(db.prisma, { invited: true });
    const ip = freshIp();
    const unknownEmail = `nobody.${Date.now()}@agent-factory.test`;
    await authorize({ email: `warm.up.${Date.now()}@agent-factory.test`, password: "warming-up-the-dummy" }, freshIp());

    const cases = [
      { email: active.email, password: "a-wrong-password", reason: "wrong_password", id: active.id },
      { email: unknownEmail, password: "a-wrong-password", reason: "unknown_account", id: null },
      { email: disabled.email, password: TEST_PASSWORD, reason: "disabled", id: disabled.id },
      { email: invited.email, password: TEST_PASSWORD, reason: "no_password", id: invited.id },
    ];
    const durations: number[] = [];
    for (const attempt of cases) {
      const [outcome, ms] = await timed(() => authorize({ email: attempt.email, password: attempt.password }, ip));
      expect(outcome, attempt.reason).toEqual({ ok: false, reason: "invalid_credentials" });
      durations.push(ms);
      const [row] = await auditRows(db.url, "action = 'auth.sign_in_failed' AND details->>'attemptedEmail' = $1", [attempt.email]);
      expect(row, attempt.reason).toMatchObject({ actor_type: "system", actor_id: null, resource_id: attempt.id, ip, details: { reason: attempt.reason } });
    }
    // Each answer costs one scrypt verification, so none is quick enough to give the account away.
    const slowest = Math.max(...durations);
    for (const ms of durations) expect(ms).toBeGreaterThan(slowest / 3);
  });

  it("refuses a password outside 12 to 128 characters without looking further", async () => {
    const staff = await insertStaff(db.prisma);
    for (const password of ["eleven-char", "x".repeat(129), ` ${TEST_PASSWORD}`, ""]) {
      const [outcome, ms] = await timed(() => authorize({ email: staff.email, password }, freshIp()));
      expect(outcome).toEqual({ ok: false, reason: "invalid_credentials" });
      expect(ms).toBeLessThan(250);
    }
    for (const input of [null, "text", { email: "not-an-email", password: TEST_PASSWORD }, { email: staff.email }]) {
      expect(await authorize(input, freshIp())).toEqual({ ok: false, reason: "invalid_credentials" });
    }
    const reasons = await auditRows(db.url, "details->>'attemptedEmail' = $1", [staff.email]);
    expect(reasons.map((row) => row.details.reason)).toEqual(["invalid_input", "invalid_input", "invalid_input", "invalid_input", "invalid_input"]);
  });
});

describe("throttling", () => {
  it("locks an account after 5 failures in 15 minutes, even for the right password, counting from the oldest failure", async () => {
    const staff = await insertStaff(db.prisma);
    await insertFailures(db.url, { email: staff.email, ip: freshIp() }, [3, 2.5, 2, 1.5, 1]);
    const ip = freshIp();

    const [outcome, ms] = await timed(() => authorize({ email: staff.email, password: TEST_PASSWORD }, ip));
    expect(outcome).toEqual({ ok: false, reason: "too_many_attempts", retryAfterMinutes: 12 });
    expect(tooManyAttemptsSentence(12)).toBe("Too many attempts. Try again in 12 minutes.");
    // The password was never checked: no scrypt, no sign-in.
    expect(ms).toBeLessThan(250);
    expect(await auditRows(db.url, "action = 'auth.locked_out' AND details->>'attemptedEmail' = $1", [staff.email])).toEqual([
      expect.objectContaining({ actor_type: "system", ip, details: { attemptedEmail: staff.email, scope: "account", failures: 5, windowMinutes: 15, retryAfterMinutes: 12 } }),
    ]);
    expect(await auditRows(db.url, "action = 'auth.sign_in' AND resource_id = $1", [staff.id])).toEqual([]);
    // The refused attempt is recorded as a failure too.
    expect(await queryValue<number>(db.url, "SELECT count(*)::int AS value FROM console_login_attempts WHERE email = $1 AND NOT succeeded", [staff.email])).toBe(6);
  });

  it("reaches the lock through real failures, and says one minute when one is left", async () => {
    const staff = await insertStaff(db.prisma);
    const ip = freshIp();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await authorize({ email: staff.email, password: "a-wrong-password" }, ip)).toEqual({ ok: false, reason: "invalid_credentials" });
    }
    expect(await authorize({ email: staff.email, password: TEST_PASSWORD }, freshIp())).toEqual({ ok: false, reason: "too_many_attempts", retryAfterMinutes: 15 });

    const other = await insertStaff(db.prisma);
    await insertFailures(db.url, { email: other.email }, [14.5, 14.4, 14.3, 14.2, 14.1]);
    const outcome = await authorize({ email: other.email, password: TEST_PASSWORD }, freshIp());
    expect(outcome).toEqual({ ok: false, reason: "too_many_attempts", retryAfterMinutes: 1 });
    expect(tooManyAttemptsSentence(1)).toBe("Too many attempts. Try again in 1 minute.");
  });

  it("does not count failures older than the window, or before the account's last success", async () => {
    const staff = await insertStaff(db.prisma);
    await insertFailures(db.url, { email: staff.email }, [40, 30, 20, 16, 15.5]);
    expect((await authorize({ email: staff.email, password: TEST_PASSWORD }, freshIp())).ok).toBe(true);

    await insertFailures(db.url, { email: staff.email }, [10, 9, 8, 7]);
    // Four failures, a success, then four more: the success reset the account's count.
    await queryRows(db.url, "UPDATE console_login_attempts SET created_at = now() - interval '6 minutes' WHERE email = $1 AND succeeded", [staff.email]);
    await insertFailures(db.url, { email: staff.email }, [5, 4, 3, 2]);
    expect((await authorize({ email: staff.email, password: TEST_PASSWORD }, freshIp())).ok).toBe(true);
  });

  it("locks an address after 5 failures from it, whatever the email, and leaves other addresses alone", async () => {
    const staff = await insertStaff(db.prisma);
    const noisy = freshIp();
    await insertFailures(db.url, { email: "a@example.com", ip: noisy }, [4]);
    await insertFailures(db.url, { email: "b@example.com", ip: noisy }, [3, 2]);
    await insertFailures(db.url, { email: staff.email, ip: noisy }, [1.5]);
    // A success from the address does not unlock it for guessing at other accounts.
    expect((await authorize({ email: staff.email, password: TEST_PASSWORD }, noisy)).ok).toBe(true);
    await insertFailures(db.url, { email: "c@example.com", ip: noisy }, [1]);

    expect(await authorize({ email: staff.email, password: TEST_PASSWORD }, noisy)).toEqual({ ok: false, reason: "too_many_attempts", retryAfterMinutes: 11 });
    const [lockout] = await auditRows(db.url, "action = 'auth.locked_out' AND ip_address = $1::inet", [noisy]);
    expect(lockout?.details).toMatchObject({ scope: "ip", failures: 5 });
    expect((await authorize({ email: staff.email, password: TEST_PASSWORD }, freshIp())).ok).toBe(true);
  });

  it("lets a burst of concurrent attempts see each other", async () => {
    const staff = await insertStaff(db.prisma);
    await insertFailures(db.url, { email: staff.email }, [2, 1.5, 1]);
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => authorize({ email: staff.email, password: "a-wrong-password" }, freshIp())));
    // At most two of the six got their password checked before the account locked.
    const checked = outcomes.filter((outcome) => !outcome.ok && outcome.reason === "invalid_credentials").length;
    expect(checked).toBeLessThanOrEqual(2);
  });
});
