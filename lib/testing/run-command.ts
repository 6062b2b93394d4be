import { execFile } from "node:child_process";
import { promisify } from "node:util";

const exec = promisify(execFile);

export type CommandResult = { code: number; stdout: string; stderr: string };

/** Runs one of the project's TypeScript scripts as a person would, and never throws on exit 1. */
export async function runScript(script: string, args: string[], env: Record<string, string>): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await exec("npx", ["tsx", script, ...args], {
      env: { ...process.env, DATABASE_URL: "", POSTGRES_HOST: "", NO_COLOR: "1", ...env },
      maxBuffer: 10 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
