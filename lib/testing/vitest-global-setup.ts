import type { TestProject } from "vitest/node";
import { resolveTestServer } from "./test-database";

// Resolved once per run: the local PostgreSQL when it answers, else one embedded server.
export default async function setup(project: TestProject) {
  const server = await resolveTestServer();
  project.provide("testServerUrl", server.url);
  project.provide("testServerKind", server.kind);
  console.log(`[tests] databases on ${server.kind === "server" ? new URL(server.url).host : "an embedded PostgreSQL"}`);
  return async () => {
    await server.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
    testServerKind: "server" | "embedded";
  }
}
