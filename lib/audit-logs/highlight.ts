// Splits text into plain and matched parts for the words and phrases a search asked for, ignoring
// case. The parts are rendered as text nodes (and <mark>), never as HTML.

export type HighlightPart = { text: string; match: boolean };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function splitHighlights(text: string, terms: string[]): HighlightPart[] {
  const wanted = [...new Set(terms.filter((term) => term.length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0 || text === "") return text === "" ? [] : [{ text, match: false }];
  const pattern = new RegExp(wanted.map(escapeRegExp).join("|"), "giu");
  const parts: HighlightPart[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    const start = found.index ?? 0;
    if (found[0].length === 0) continue;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
