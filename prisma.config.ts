import path from "node:path";
import { defineConfig } from "prisma/config";

// Only `prisma generate` runs through the Prisma CLI here; migrations go through
// lib/migrations (see docs/decisions/003-migrations-through-wasm-engine.md).
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
