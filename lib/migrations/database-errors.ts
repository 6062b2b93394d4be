// Turns a PostgreSQL error into the readable text stored in _prisma_migrations.logs and shown
// to people: what failed, where in the script, and the server's own words.

type PgError = { code?: string; message?: string; position?: string; detail?: string; hint?: string; where?: string };

export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, position - 1));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

export function describeDatabaseError(error: unknown, script?: string): string {
  const e = (error ?? {}) as PgError;
  const parts = [`Database error: ${e.message ?? String(error)}`];
  if (e.code) parts.push(`Code: ${e.code}`);
  if (script && e.position && Number.isFinite(Number(e.position))) {
    const { line, column } = lineAndColumn(script, Number(e.position));
    const text = script.split("\n")[line - 1]?.trim();
    parts.push(`At line ${line}, column ${column}${text ? `: ${text}` : ""}`);
  }
  if (e.detail) parts.push(`Detail: ${e.detail}`);
  if (e.hint) parts.push(`Hint: ${e.hint}`);
  if (e.where) parts.push(`Where: ${e.where}`);
  return parts.join("\n");
}
