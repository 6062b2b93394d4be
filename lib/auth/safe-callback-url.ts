// Where to send someone after sign-in: only ever a path on this site. Runs in the browser (the
// login form) and on the server (the login page, next-auth's redirect callback), so it uses
// nothing but the URL parser.

export const DEFAULT_CALLBACK_PATH = "/";

const MAX_LENGTH = 2048;
const PROBE_ORIGIN = "https://callback.invalid";
// Control characters and whitespace: the URL parser silently drops tabs and newlines, so "/\t/x"
// would become the protocol-relative "//x".
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\u2028\u2029\\]/;

function decodeFully(value: string): string | null {
  let current = value;
  for (let round = 0; round < 5; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

function isSafeRelativePath(path: string): boolean {
  if (!path.startsWith("/") || path.startsWith("//") || UNSAFE_CHARACTERS.test(path)) return false;
  const decoded = decodeFully(path);
  if (decoded === null) return false;
  // Encoded variants (%2F%2F, %5C, %09) are refused too: a proxy or a later redirect may decode
  // them. Only the path is held to this; a query may carry any encoded text, such as a search.
  const decodedPath = decoded.split(/[?#]/, 1)[0] ?? "";
  return !decodedPath.startsWith("//") && !UNSAFE_CHARACTERS.test(decodedPath);
}

/** Pages that make no sense to return to once signed in. */
function isSignInPage(pathname: string): boolean {
  return pathname === "/login" || pathname.startsWith("/login/");
}

/**
 * A same-origin path (pathname, query and fragment) for `value`, or "/" when it could lead
 * anywhere else. `origin` allows absolute URLs on exactly that origin, which next-auth passes
 * around internally; without it, every absolute URL is refused.
 */
export function safeCallbackPath(value: unknown, origin?: string): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return DEFAULT_CALLBACK_PATH;
  let candidate = value;
  if (origin && !value.startsWith("/")) {
    let absolute: URL;
    try {
      absolute = new URL(value);
    } catch {
      return DEFAULT_CALLBACK_PATH;
    }
    if (absolute.origin !== new URL(origin).origin || absolute.username || absolute.password) return DEFAULT_CALLBACK_PATH;
    candidate = `${absolute.pathname}${absolute.search}${absolute.hash}`;
  }
  if (!isSafeRelativePath(candidate)) return DEFAULT_CALLBACK_PATH;
  const resolved = new URL(candidate, PROBE_ORIGIN);
  if (resolved.origin !== PROBE_ORIGIN) return DEFAULT_CALLBACK_PATH;
  if (isSignInPage(resolved.pathname)) return DEFAULT_CALLBACK_PATH;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/** The login address that brings someone back to `path` afterwards. */
export function loginPathFor(path: string): string {
  const target = safeCallbackPath(path);
  return target === DEFAULT_CALLBACK_PATH ? "/login" : `/login?callbackUrl=${encodeURIComponent(target)}`;
}
