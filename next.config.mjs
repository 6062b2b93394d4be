import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";

// Headers for every response, static files included. The Content-Security-Policy needs a nonce per
// request, so proxy.ts sets it. HSTS only outside `next dev`: browsers ignore it over plain HTTP
// anyway, and a developer's localhost must not be pinned to HTTPS.
function securityHeaders(phase) {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ];
  if (phase !== PHASE_DEVELOPMENT_SERVER) {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  }
  return headers;
}

/** @type {(phase: string) => import("next").NextConfig} */
const nextConfig = (phase) => ({
  // NEXT_DIST_DIR lets two builds share a checkout (e.g. two people running the browser tests).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // forbidden() and unauthorized() from next/navigation: real 403 pages and action responses.
    authInterrupts: true,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(phase) }];
  },
  // Loaded with Node's own require at run time: pg's optional native bits, PGlite's and the schema
  // engine's WebAssembly files are read from node_modules and must not be bundled.
  serverExternalPackages: [
    "pg",
    "@prisma/adapter-pg",
    "@prisma/driver-adapter-utils",
    "@prisma/schema-engine-wasm",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
  ],
  // The migration service reads these at run time, so traced deployments must ship them.
  outputFileTracingIncludes: {
    "/": ["./prisma/migrations/**/*", "./prisma/schema.prisma"],
    "/migrations": ["./prisma/migrations/**/*", "./prisma/schema.prisma"],
    "/api/health": ["./prisma/migrations/**/*", "./prisma/schema.prisma"],
    "/api/migrations/status": ["./prisma/migrations/**/*", "./prisma/schema.prisma"],
    "/migrations/progress": ["./prisma/migrations/**/*", "./prisma/schema.prisma"],
  },
  turbopack: {
    root: import.meta.dirname,
  },
});

export default nextConfig;
