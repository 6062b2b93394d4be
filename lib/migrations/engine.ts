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

function loadEngineModule(): Promise<EngineModule> {
  modulePromise ??= (async () => {
    const bindings: EngineModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const require = createRequire(import.meta.url);
    const bindingsFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(bindingsFile), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bindings;
  })();
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
