import { describeSignInError } from "./sign-in-errors";

// The browser's side of next-auth's endpoints, without next-auth/react: fetch a CSRF token, then
// post the form as next-auth expects it. The page then navigates itself, to a path it checked.

export type AuthRequestOutcome = { ok: true } | { ok: false; error: string };

const UNREACHABLE = "The console could not be reached. Check your connection and try again.";

async function postToAuth(endpoint: string, fields: Record<string, string>): Promise<{ response: Response; error: string | null }> {
  const { csrfToken } = (await fetch("/api/auth/csrf", { cache: "no-store" }).then((response) => response.json())) as { csrfToken: string };
  const response = await fetch(`/api/auth/${endpoint}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken, json: "true" }),
  });
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  const target = url ? new URL(url, window.location.origin) : null;
  // A failed CSRF check sends people back to next-auth's own sign-in page, without an error code.
  const error = target?.pathname.endsWith("/api/auth/signin") ? "CsrfCheckFailed" : (target?.searchParams.get("error") ?? null);
  return { response, error };
}

export async function requestSignIn(credentials: { email: string; password: string; callbackPath: string }): Promise<AuthRequestOutcome> {
  try {
    const { response, error } = await postToAuth("callback/credentials", {
      email: credentials.email,
      password: credentials.password,
      callbackUrl: credentials.callbackPath,
    });
    if (response.ok && !error) return { ok: true };
    return { ok: false, error: describeSignInError(error ?? "unknown") ?? UNREACHABLE };
  } catch {
    return { ok: false, error: UNREACHABLE };
  }
}

export async function requestSignOut(): Promise<AuthRequestOutcome> {
  try {
    const { response } = await postToAuth("signout", { callbackUrl: "/login" });
    return response.ok ? { ok: true } : { ok: false, error: "Signing out did not work. Try again." };
  } catch {
    return { ok: false, error: UNREACHABLE };
  }
}
