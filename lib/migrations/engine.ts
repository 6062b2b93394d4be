import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine as SchemaEngineType } from "@prisma/schema-engine-wasm";
import { MigrationAdapterFactory } from "./migration-adapter";

// The Prisma CLI downloads a native schema engine that cannot be fetched here; the same engine
// ships as WebAssembly. Its package is bundler-style, so Node must instantiate it by hand.
// See docs/decisions/003-migrations-through-wasm-engine.md.

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let modulePromise: Promise<EngineModule> | null = null;

/**
 * Where the engine's .wasm file is. Node's own require finds it; a bundler (Turbopack, for the
 * console's pages) rewrites `createRequire(import.meta.url).resolve` into a module id, so the
 * require is taken from process.getBuiltinModule, which bundlers leave alone.
 */
function engineWasmPath(): string {
  const builtin = process.getBuiltinModule?.("node:module") as typeof import("node:module") | undefined;
  const candidates = [
    () => (builtin ?? { createRequire }).createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg"),
    () => (builtin ?? { createRequire }).createRequire(path.join(process.cwd(), "package.json")).resolve("@prisma/schema-engine-wasm/schema_engine_bg"),
  ];
  for (const candidate of candidates) {
    try {
      const resolved: unknown = candidate();
      if (typeof resolved === "string") return path.join(path.dirname(resolved), "schema_engine_bg.wasm");
    } catch {
      // Try the next way of finding it.
    }
  }
  return path.join(process.cwd(), "node_modules", "@prisma", "schema-engine-wasm", "schema_engine_bg.wasm");
}

function loadEngineModule(): Promise<EngineModule> {
  modulePromise ??= (async () => {
    const bindings: EngineModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(engineWasmPath());
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bindings;
  })().catch((error: unknown) => {
    // A failed load is not cached: the next check tries again.
    modulePromise = null;
    throw error;
  });
  return modulePromise;
}

class EnginePanic extends Error {}

// Without this registry a panic inside the engine surfaces as "unreachable" with no message.
const panicRegistry = {
  message: "",
  set_message(value: string) {
    this.message = value;
  },
};
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

export type SchemaFile = { path: string; content: string };

export async function withSchemaEngine<T>(
  options: { databaseUrl: string; schemaFiles: SchemaFile[] },
  work: (engine: SchemaEngineType) => Promise<T>,
): Promise<T> {
  const bindings = await loadEngineModule();
  const factory = new MigrationAdapterFactory(options.databaseUrl);
  const logs: string[] = [];
  const engine = await bindings.SchemaEngine.new(
    { datamodels: options.schemaFiles.map((file) => [file.path, file.content]) },
    (log: string) => logs.push(log),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await work(engine);
  } catch (error) {
    throw toReadableEngineError(error);
  } finally {
    engine.free();
    await factory.dispose();
  }
}

function toReadableEngineError(error: unknown): Error {
  if (panicRegistry.message) {
    const message = panicRegistry.message;
    panicRegistry.message = "";
    return new EnginePanic(`The Prisma schema engine stopped unexpectedly: ${message}`);
  }
  if (error instanceof Error) return error;
  if (error && typeof error === "object" && "message" in error) {
    return new Error(String((error as { message: unknown }).message));
  }
  return new Error(String(error));
}
