// The console's Content-Security-Policy, built per request by proxy.ts. Scripts run only with this
// request's nonce ('strict-dynamic' lets Next.js's nonced loader add its chunks); so do <style>
// elements. Style *attributes* are allowed: server-rendered widths (bars, table columns) need them,
// and an attribute cannot run script. Nothing may frame the console. Development adds what React's
// dev tooling needs: eval, unnonced overlay styles and the hot-reload socket.
// See docs/decisions/008-sign-in-and-sessions.md.

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function buildContentSecurityPolicy({ nonce, development }: { nonce: string; development: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // next dev injects its overlay's <style> elements without the nonce (a nonce would void 'unsafe-inline').
    "style-src": development ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(development ? ["ws:", "wss:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}
