import { SIMPLE_FIELDS } from "./query-types";

const KNOWN_FIELDS = [...SIMPLE_FIELDS, "details"];

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known field a typo most likely meant, if one is close enough to be a fair guess. */
export function suggestField(typed: string): string | null {
  const name = typed.toLowerCase().split(".")[0]!;
  if (name.length > 20) return null;
  let best: { field: string; distance: number } | null = null;
  for (const field of KNOWN_FIELDS) {
    const distance = editDistance(name, field);
    if (!best || distance < best.distance) best = { field, distance };
  }
  const allowed = name.length <= 3 ? 1 : 2;
  return best && best.distance <= allowed ? best.field : null;
}
