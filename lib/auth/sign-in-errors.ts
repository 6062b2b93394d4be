// The codes next-auth carries from `authorize` to the login form (as `?error=`), and the one
// sentence each becomes. Shared by the server and the browser; the sentence is never taken from
// the URL itself.

export const WRONG_CREDENTIALS_CODE = "CredentialsSignin";
const TOO_MANY_ATTEMPTS_PREFIX = "TooManyAttempts-";
export const UNAVAILABLE_CODE = "SignInUnavailable";

export const WRONG_CREDENTIALS_SENTENCE = "The email or password is incorrect.";
export const UNAVAILABLE_SENTENCE = "Sign-in is not available right now because the database is not reachable. Try again in a minute.";
const UNKNOWN_SENTENCE = "Sign-in did not work. Try again.";

export function tooManyAttemptsSentence(minutes: number): string {
  const whole = Math.max(1, Math.ceil(minutes));
  return `Too many attempts. Try again in ${whole} ${whole === 1 ? "minute" : "minutes"}.`;
}

export function tooManyAttemptsCode(minutes: number): string {
  return `${TOO_MANY_ATTEMPTS_PREFIX}${Math.max(1, Math.ceil(minutes))}`;
}

/** The sentence for a next-auth error code; anything unexpected gets a generic one. */
export function describeSignInError(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code === WRONG_CREDENTIALS_CODE) return WRONG_CREDENTIALS_SENTENCE;
  if (code === UNAVAILABLE_CODE) return UNAVAILABLE_SENTENCE;
  if (code.startsWith(TOO_MANY_ATTEMPTS_PREFIX)) {
    const minutes = Number(code.slice(TOO_MANY_ATTEMPTS_PREFIX.length));
    if (Number.isInteger(minutes) && minutes > 0 && minutes <= 24 * 60) return tooManyAttemptsSentence(minutes);
  }
  return UNKNOWN_SENTENCE;
}
