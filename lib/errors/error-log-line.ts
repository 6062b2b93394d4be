/** One line for the server log. Prisma's messages open with a code frame, so the last line is the one that says what failed. */
export function errorLogLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split("\n").map((line) => line.trim()).filter(Boolean);
  return lines.at(-1) ?? (error instanceof Error ? error.name : "unknown error");
}
