/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
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
  },
  turbopack: {
    root: import.meta.dirname,
  },
};

export default nextConfig;
