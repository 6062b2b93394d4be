// Output for people: aligned columns, and colour only when a terminal is attached.

const useColour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

const paint = (open: number, close: number) => (text: string) => (useColour ? `\u001b[${open}m${text}\u001b[${close}m` : text);

export const colour = {
  bold: paint(1, 22),
  dim: paint(2, 22),
  red: paint(31, 39),
  green: paint(32, 39),
  yellow: paint(33, 39),
  cyan: paint(36, 39),
};

const ANSI = /\u001b\[[0-9;]*m/g;
const visibleLength = (text: string) => text.replace(ANSI, "").length;

export function renderTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) => Math.max(visibleLength(header), ...rows.map((row) => visibleLength(row[i] ?? ""))));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : cell + " ".repeat(widths[i]! - visibleLength(cell)))).join("  ").trimEnd();
  return [colour.dim(line(headers)), ...rows.map(line)].map((text) => `  ${text}`).join("\n");
}

export function formatTimestamp(iso: string | null): string {
  if (!iso) return "—";
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
}

export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A URL safe to print: the password is never shown. */
export function redactUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = "•••";
    url.search = "";
    return url.toString();
  } catch {
    return "(unparseable URL)";
  }
}

export async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const { createInterface } = await import("node:readline/promises");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

/** Exits once everything written to stdout and stderr has been flushed: a piped `--json` is never cut short. */
export function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}
