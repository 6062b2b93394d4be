import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { defaultProjectPaths, type ProjectPaths } from "../migrations/project-files";

/** A private copy of prisma/ (schema and migrations) that a test may change freely. */
export async function copyPrismaProject(): Promise<{ paths: ProjectPaths; remove: () => Promise<void> }> {
  const rootDir = await mkdtemp(path.join(os.tmpdir(), "afc-project-"));
  await cp(path.join(process.cwd(), "prisma"), path.join(rootDir, "prisma"), { recursive: true });
  return { paths: defaultProjectPaths(rootDir), remove: () => rm(rootDir, { recursive: true, force: true }) };
}
