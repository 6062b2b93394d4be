// A line diff of a migration as it was applied against the file as it is now, for the
// "edited since applied" rows. Edits are usually small, so the common head and tail are cut off
// first and only the middle is compared (longest common subsequence).

export type DiffLine = { kind: "same" | "added" | "removed"; text: string; oldNumber: number | null; newNumber: number | null };
export type DiffHunk = { lines: DiffLine[] };

/** Beyond this many line pairs in the changed middle, the middle is shown as replaced whole. */
const MAX_COMPARED_PAIRS = 4_000_000;

function splitLines(text: string): string[] {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;

  const lines: DiffLine[] = [];
  for (let i = 0; i < head; i += 1) lines.push({ kind: "same", text: a[i]!, oldNumber: i + 1, newNumber: i + 1 });
  lines.push(...diffMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail), head));
  for (let i = tail; i > 0; i -= 1) {
    lines.push({ kind: "same", text: a[a.length - i]!, oldNumber: a.length - i + 1, newNumber: b.length - i + 1 });
  }
  return lines;
}

function diffMiddle(a: string[], b: string[], offset: number): DiffLine[] {
  const removed = (i: number): DiffLine => ({ kind: "removed", text: a[i]!, oldNumber: offset + i + 1, newNumber: null });
  const added = (j: number): DiffLine => ({ kind: "added", text: b[j]!, oldNumber: null, newNumber: offset + j + 1 });
  if (a.length * b.length > MAX_COMPARED_PAIRS) return [...a.map((_, i) => removed(i)), ...b.map((_, j) => added(j))];

  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      lines.push({ kind: "same", text: a[i]!, oldNumber: offset + i + 1, newNumber: offset + j + 1 });
      i += 1;
      j += 1;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      lines.push(removed(i));
      i += 1;
    } else {
      lines.push(added(j));
      j += 1;
    }
  }
  while (i < a.length) lines.push(removed(i++));
  while (j < b.length) lines.push(added(j++));
  return lines;
}

/** The changed lines with `context` unchanged lines around each change, as separate hunks. */
export function toHunks(lines: DiffLine[], context = 3): DiffHunk[] {
  const keep = new Array<boolean>(lines.length).fill(false);
  lines.forEach((line, index) => {
    if (line.kind === "same") return;
    for (let k = Math.max(0, index - context); k <= Math.min(lines.length - 1, index + context); k += 1) keep[k] = true;
  });
  const hunks: DiffHunk[] = [];
  let current: DiffLine[] | null = null;
  lines.forEach((line, index) => {
    if (!keep[index]) {
      current = null;
      return;
    }
    if (!current) {
      current = [];
      hunks.push({ lines: current });
    }
    current.push(line);
  });
  return hunks;
}
